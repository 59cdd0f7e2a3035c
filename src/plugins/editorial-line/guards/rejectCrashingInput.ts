import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'

import { type InputProblem, isPlainObject, refuseFields } from './refuseFields.js'

/** Lexical's own hooks walk `root.children` and every node's `children`, expecting arrays of objects. */
const isRichTextState = (value: unknown) => {
  const nodesOk = (nodes: unknown, required: boolean): boolean =>
    nodes === undefined
      ? !required
      : Array.isArray(nodes) && nodes.every((node) => isPlainObject(node) && nodesOk(node.children, false))
  return isPlainObject(value) && isPlainObject(value.root) && nodesOk(value.root.children, true)
}

/** A NUL character anywhere in the value: PostgreSQL's text and jsonb columns cannot hold one. */
const holdsNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000')
    : Array.isArray(value)
      ? value.some(holdsNul)
      : isPlainObject(value)
        ? Object.entries(value).some(([key, item]) => key.includes('\u0000') || holdsNul(item))
        : false

/**
 * Values Payload's field hooks or the database crash on before any collection hook sees them: null
 * groups, broken rich text, text holding a NUL character (refused on every database alike).
 */
const findCrashingInput = ({
  fields,
  data,
  path,
  problems,
}: {
  fields: FlattenedField[]
  data: Record<string, unknown>
  path: string
  problems: InputProblem[]
}) => {
  // Payload's flattened fields: rows, collapsibles, unnamed tabs and unnamed groups seen through (their
  // data lives at this level); a named group or tab keeps its fields under its name.
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined) continue
    const at = `${path}${field.name}`
    if (field.type !== 'group' && field.type !== 'tab' && field.type !== 'array' && holdsNul(value)) {
      problems.push({ path: at, key: 'malformedValue' })
    } else if (field.type === 'group' || field.type === 'tab') {
      if (!isPlainObject(value)) problems.push({ path: at, key: 'malformedValue' })
      else findCrashingInput({ fields: field.flattenedFields, data: value, path: `${at}.`, problems })
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const [index, row] of value.entries())
        if (isPlainObject(row))
          findCrashingInput({ fields: field.flattenedFields, data: row, path: `${at}.${index}.`, problems })
    } else if (field.type === 'richText' && value !== null && !isRichTextState(value)) {
      problems.push({ path: at, key: 'malformedValue' })
    }
  }
}

/**
 * Answers 400 for the input Payload's own field hooks or the database would turn into a 500
 * (`timingOverride: null`, `body: { root: { children: 'x' } }`, `title: 'a\u0000b'`): they run before
 * `rejectMalformedInput`, so this runs before the operation.
 */
export const rejectCrashingInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const data = (args as { data?: unknown }).data
  if ((operation !== 'create' && operation !== 'update') || !isPlainObject(data)) return args
  const problems: InputProblem[] = []
  findCrashingInput({ fields: collection.flattenedFields, data, path: '', problems })
  if (problems.length > 0) throw refuseFields({ problems, req, scope: { collection: collection.slug } })
  return args
}
