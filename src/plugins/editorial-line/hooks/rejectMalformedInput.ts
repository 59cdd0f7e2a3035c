import type {
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  Field,
  GlobalBeforeValidateHook,
  PayloadRequest,
} from 'payload'

import { ValidationError } from 'payload'

import type { EditorialLineTranslationKey } from '../translations/index.js'

import { translate } from '../translations/index.js'
import { relationId } from '../utilities/relationId.js'
import { isDateInput, isIdLike } from '../validators/inputShape.js'

type Problem = { path: string; key: EditorialLineTranslationKey }

const optionValues = (options: unknown[]) =>
  options.map((option) => (typeof option === 'string' ? option : (option as { value: string }).value))

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Walks the incoming data along the field config and notes every value of the wrong shape, and
 * every relationship to a document that does not exist. An empty date string becomes null.
 */
const findMalformedInput = async ({
  fields,
  data,
  path,
  req,
  problems,
}: {
  fields: Field[]
  data: Record<string, unknown>
  path: string
  req: PayloadRequest
  problems: Problem[]
}) => {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      await findMalformedInput({ fields: field.fields, data, path, req, problems })
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = data[tab.name]
          if (isPlainObject(value))
            await findMalformedInput({
              fields: tab.fields,
              data: value,
              path: `${path}${tab.name}.`,
              req,
              problems,
            })
        } else {
          await findMalformedInput({ fields: tab.fields, data, path, req, problems })
        }
      }
      continue
    }
    if (!('name' in field) || !field.name) continue
    const value = data[field.name]
    if (value === undefined || value === null) continue
    const at = `${path}${field.name}`
    const malformed = () => problems.push({ path: at, key: 'malformedValue' })

    switch (field.type) {
      case 'group':
        if (!isPlainObject(value)) malformed()
        else await findMalformedInput({ fields: field.fields, data: value, path: `${at}.`, req, problems })
        break
      case 'array':
        if (!Array.isArray(value)) malformed()
        else
          for (const [index, row] of value.entries()) {
            if (!isPlainObject(row)) problems.push({ path: `${at}.${index}`, key: 'malformedValue' })
            else
              await findMalformedInput({
                fields: field.fields,
                data: row,
                path: `${at}.${index}.`,
                req,
                problems,
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
        const found = await req.payload.db.count({
          collection: field.relationTo,
          where: { id: { equals: id } },
          req,
        })
        if (found.totalDocs === 0) problems.push({ path: at, key: 'unknownReference' })
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

const refuseMalformed = async ({
  fields,
  data,
  req,
  scope,
}: {
  fields: Field[]
  data: Record<string, unknown> | undefined
  req: PayloadRequest
  scope: { collection: string } | { global: string }
}) => {
  if (!data) return data
  const problems: Problem[] = []
  await findMalformedInput({ fields, data, path: '', req, problems })
  if (problems.length === 0) return data
  throw new ValidationError(
    {
      ...scope,
      errors: problems.map(({ path, key }) => ({ path, message: translate({ key, t: req.t }) })),
      req,
    },
    req.t,
  )
}

/**
 * Answers 400, naming the field, for input stock Payload would turn into a 500 on SQL databases:
 * relationship ids like `0`, `-1`, `[]` or ids of missing documents, an unreadable date, a select
 * or number given an object.
 */
export const rejectMalformedInput: CollectionBeforeValidateHook = ({ collection, data, req }) =>
  refuseMalformed({ fields: collection.fields, data, req, scope: { collection: collection.slug } })

export const rejectMalformedGlobalInput: GlobalBeforeValidateHook = ({ data, global, req }) =>
  refuseMalformed({ fields: global.fields, data, req, scope: { global: global.slug } })

/** Lexical's own hooks walk `root.children` and every node's `children`, expecting arrays of objects. */
const isRichTextState = (value: unknown) => {
  const nodesOk = (nodes: unknown, required: boolean): boolean =>
    nodes === undefined
      ? !required
      : Array.isArray(nodes) && nodes.every((node) => isPlainObject(node) && nodesOk(node.children, false))
  return isPlainObject(value) && isPlainObject(value.root) && nodesOk(value.root.children, true)
}

/** Values Payload's field hooks crash on before any collection hook sees them: null groups, broken rich text. */
const findCrashingInput = ({
  fields,
  data,
  path,
  problems,
}: {
  fields: Field[]
  data: Record<string, unknown>
  path: string
  problems: Problem[]
}) => {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      findCrashingInput({ fields: field.fields, data, path, problems })
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (!('name' in tab && tab.name)) findCrashingInput({ fields: tab.fields, data, path, problems })
        else if (isPlainObject(data[tab.name]))
          findCrashingInput({
            fields: tab.fields,
            data: data[tab.name] as Record<string, unknown>,
            path: `${path}${tab.name}.`,
            problems,
          })
      }
      continue
    }
    if (!('name' in field) || !field.name || data[field.name] === undefined) continue
    const value = data[field.name]
    const at = `${path}${field.name}`
    if (field.type === 'group') {
      if (!isPlainObject(value)) problems.push({ path: at, key: 'malformedValue' })
      else findCrashingInput({ fields: field.fields, data: value, path: `${at}.`, problems })
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const [index, row] of value.entries())
        if (isPlainObject(row))
          findCrashingInput({ fields: field.fields, data: row, path: `${at}.${index}.`, problems })
    } else if (field.type === 'richText' && value !== null && !isRichTextState(value)) {
      problems.push({ path: at, key: 'malformedValue' })
    }
  }
}

/**
 * Answers 400 for the input Payload's own field hooks would turn into a 500 (`timingOverride: null`,
 * `body: { root: { children: 'x' } }`): they run before `rejectMalformedInput`, so this runs before the operation.
 */
export const rejectCrashingInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const data = (args as { data?: unknown }).data
  if ((operation !== 'create' && operation !== 'update') || !isPlainObject(data)) return args
  const problems: Problem[] = []
  findCrashingInput({ fields: collection.fields, data, path: '', problems })
  if (problems.length === 0) return args
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: problems.map(({ path, key }) => ({ path, message: translate({ key, t: req.t }) })),
      req,
    },
    req.t,
  )
}
