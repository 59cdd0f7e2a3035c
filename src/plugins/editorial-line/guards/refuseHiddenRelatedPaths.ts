import type { CollectionBeforeOperationHook, FlattenedField, PayloadRequest } from 'payload'

import { translate } from '../translations/index.js'
import { refusal } from '../http/refusal.js'

const READS = ['read', 'count', 'readDistinct']

/** Every field path a `where` names, through `and` and `or`, GraphQL's `__` read as `.`. */
const wherePaths = (where: unknown): string[] => {
  if (typeof where !== 'object' || where === null || Array.isArray(where)) return []
  return Object.entries(where).flatMap(([key, value]) =>
    ['and', 'or'].includes(key.toLowerCase()) && Array.isArray(value)
      ? value.flatMap(wherePaths)
      : [key.replaceAll('__', '.')],
  )
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((item) => String(item).trim().replace(/^-/, '').replaceAll('__', '.'))
    .filter(Boolean)

/** The path up to the first field, past a relationship, that the caller may not read; or null. */
const hiddenPrefix = async ({
  path,
  fields,
  req,
}: {
  path: string
  fields: FlattenedField[]
  req: PayloadRequest
}): Promise<null | string> => {
  const segments = path.split('.')
  let level = fields
  let related = false
  for (const [index, segment] of segments.entries()) {
    // Payload's flattened fields: rows, collapsibles, unnamed tabs and groups seen through.
    const field = level.find((candidate) => candidate.name === segment)
    // Unknown paths are Payload's to refuse.
    if (!field) return null
    const read = 'access' in field ? field.access?.read : undefined
    if (related && read && !(await read({ req }))) return segments.slice(0, index + 1).join('.')
    if (field.type === 'relationship' && typeof field.relationTo === 'string') {
      const collection = req.payload.collections[field.relationTo]?.config
      if (!collection) return null
      level = collection.flattenedFields
      related = true
    } else if ('flattenedFields' in field) {
      level = field.flattenedFields
    } else {
      return null
    }
  }
  return null
}

/**
 * Refuses (400, naming it) a filter or sort that reaches, through a relationship, a field of
 * another collection the caller may not read: `where[phase.target.slug]` when a phase's target is
 * hidden from them. Payload refuses those too, but on a path through two relationships it also
 * leaves a rejected promise unhandled, which may bring a Node server down.
 */
export const refuseHiddenRelatedPaths: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (!READS.includes(operation) || (args as { overrideAccess?: boolean }).overrideAccess === true)
    return args
  const { where, sort } = args as { where?: unknown; sort?: unknown }
  for (const path of [...wherePaths(where), ...sortPaths(sort)]) {
    const hidden = await hiddenPrefix({ path, fields: collection.flattenedFields, req })
    if (hidden) {
      throw refusal({
        message: translate({ key: 'hiddenField', t: req.t, vars: { field: hidden } }),
        status: 400,
        data: { code: 'hiddenField', field: hidden },
      })
    }
  }
  return args
}
