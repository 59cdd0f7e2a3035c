import type {
  CollectionBeforeValidateHook,
  CollectionSlug,
  FlattenedField,
  GlobalBeforeValidateHook,
  PayloadRequest,
} from 'payload'

import { relationId } from '../rules/relationId.js'
import { type SaveReads, saveReadsOf } from '../rules/saveReads.js'
import { pluginSlugs } from '../options/pluginSettings.js'
import { isDateInput, isIdLike } from '../validators/inputShape.js'
import { type InputProblem, isPlainObject, refuseFields } from './refuseFields.js'

const optionValues = (options: unknown[]) =>
  options.map((option) => (typeof option === 'string' ? option : (option as { value: string }).value))

/**
 * Walks the incoming data along the field config and notes every value of the wrong shape, and
 * every relationship to a document that does not exist. An empty date string becomes null.
 *
 * A relationship that holds what the stored document (`original`, at the same path) already held is
 * not looked up again: it was checked when it was saved, and the database clears or refuses a
 * reference whose document goes. An update that changes a post's status reads nothing here.
 */
const findMalformedInput = async ({
  fields,
  data,
  original,
  path,
  req,
  problems,
  reads,
}: {
  fields: FlattenedField[]
  data: Record<string, unknown>
  original?: unknown
  path: string
  req: PayloadRequest
  problems: InputProblem[]
  /** A post's save: its target, phase and message are read once, for this check and for the rules. */
  reads?: SaveReads
}) => {
  const stored = isPlainObject(original) ? (original as Record<string, unknown>) : {}
  // Payload's flattened fields: rows, collapsibles, unnamed tabs and unnamed groups seen through (their
  // data lives at this level); a named group or tab keeps its fields under its name.
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined || value === null) continue
    const at = `${path}${field.name}`
    const malformed = () => problems.push({ path: at, key: 'malformedValue' })

    switch (field.type) {
      case 'group':
      case 'tab':
        if (!isPlainObject(value)) malformed()
        else
          await findMalformedInput({
            fields: field.flattenedFields,
            data: value,
            original: stored[field.name],
            path: `${at}.`,
            req,
            problems,
            reads,
          })
        break
      case 'array':
        if (!Array.isArray(value)) malformed()
        else
          for (const [index, row] of value.entries()) {
            if (!isPlainObject(row)) problems.push({ path: `${at}.${index}`, key: 'malformedValue' })
            else
              await findMalformedInput({
                fields: field.flattenedFields,
                data: row,
                original: Array.isArray(stored[field.name])
                  ? (stored[field.name] as unknown[])[index]
                  : undefined,
                path: `${at}.${index}.`,
                req,
                problems,
                reads,
              })
          }
        break
      case 'relationship': {
        if (field.hasMany || Array.isArray(field.relationTo)) break
        const id = relationId(value)
        if (!isIdLike({ value: id, idType: req.payload.db.defaultIDType })) {
          malformed()
          break
        }
        const before = relationId(stored[field.name])
        if (before !== null && String(before) === String(id)) break
        if (id === null || !(await exists({ collection: field.relationTo, id, req, reads })))
          problems.push({ path: at, key: 'unknownReference' })
        break
      }
      case 'date':
        if (value === '') data[field.name] = null
        else if (!isDateInput(value)) problems.push({ path: at, key: 'invalidDate' })
        break
      case 'select': {
        const allowed = optionValues(field.options)
        const values = field.hasMany ? value : [value]
        if (
          !Array.isArray(values) ||
          values.some((item) => typeof item !== 'string' || !allowed.includes(item))
        )
          malformed()
        break
      }
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) malformed()
        break
      case 'text':
      case 'textarea':
        if (typeof value !== 'string' && !('hasMany' in field && field.hasMany && Array.isArray(value)))
          malformed()
        break
      case 'checkbox':
        if (typeof value !== 'boolean') malformed()
        break
    }
  }
}

/** Whether the referenced document exists: from the save's shared reads where they hold it. */
const exists = async ({
  collection,
  id,
  req,
  reads,
}: {
  collection: CollectionSlug
  id: number | string
  req: PayloadRequest
  reads?: SaveReads
}) => {
  const slugs = pluginSlugs({ payload: req.payload })
  if (reads && collection === slugs.targets)
    return (await reads.targets()).some((target) => String(target.id) === String(id))
  if (reads && collection === slugs.phases) return (await reads.phase(id)) !== null
  if (reads && collection === slugs.messages) return (await reads.message(id)) !== null
  // The rules read every channel anyway (the default channel, the channel rules): one read serves both.
  if (reads && collection === slugs.channels)
    return (await reads.channels()).some((channel) => String(channel.id) === String(id))
  const found = await req.payload.db.count({ collection, where: { id: { equals: id } }, req })
  return found.totalDocs > 0
}

const refuseMalformed = async ({
  fields,
  data,
  original,
  req,
  scope,
  reads,
}: {
  fields: FlattenedField[]
  data: Record<string, unknown> | undefined
  /** The document as stored, on an update. */
  original?: unknown
  req: PayloadRequest
  scope: { collection: string } | { global: string }
  reads?: SaveReads
}) => {
  if (!data) return data
  const problems: InputProblem[] = []
  await findMalformedInput({ fields, data, original, path: '', req, problems, reads })
  if (problems.length > 0) throw refuseFields({ problems, req, scope })
  return data
}

/**
 * Answers 400, naming the field, for input stock Payload would turn into a 500 on SQL databases:
 * relationship ids like `0`, `-1`, `[]` or ids of missing documents, an unreadable date, a select
 * or number given an object.
 */
export const rejectMalformedInput: CollectionBeforeValidateHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) =>
  refuseMalformed({
    fields: collection.flattenedFields,
    data,
    original: operation === 'update' ? originalDoc : undefined,
    req,
    scope: { collection: collection.slug },
    reads: saveReadsOf({
      context: req.context,
      collection: collection.slug,
      key: operation === 'update' ? String(originalDoc?.id) : 'create',
    }),
  })

export const rejectMalformedGlobalInput: GlobalBeforeValidateHook = ({ data, global, originalDoc, req }) =>
  refuseMalformed({
    fields: global.flattenedFields,
    data,
    original: originalDoc,
    req,
    scope: { global: global.slug },
  })
