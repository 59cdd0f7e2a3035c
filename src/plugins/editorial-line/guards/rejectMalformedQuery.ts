import type { CollectionBeforeOperationHook, FlattenedField, Payload, Where } from 'payload'

import { APIError, getFieldByPath } from 'payload'

import { translate } from '../translations/index.js'
import { isDateInput, isIdLike } from '../validators/inputShape.js'
import { queryArgumentProblem } from './queryArgumentProblem.js'

/** Operators the SQL adapters only have for point fields; on any other field they crash the query builder. */
const GEO_OPERATORS = ['near', 'within', 'intersects']

/** A field by its query path, following single relationships into their collection (`phase.key`, `target.id`). */
type FieldAt = (path: string) => FlattenedField | undefined

const optionValues = (field: FlattenedField) =>
  field.type === 'select'
    ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
    : []

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

/** The first `where` condition that would make the database fail: an id that cannot be one, a date that is none. */
const malformedCondition = ({
  where,
  fieldAt,
  idType,
  sql,
}: {
  where: Where
  fieldAt: FieldAt
  idType: 'number' | 'text'
  /** The SQL adapters have no `all` operator at all (Payload's drizzle operator map leaves it out). */
  sql: boolean
}): null | string => {
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(condition)) return key
      for (const nested of condition) {
        if (typeof nested !== 'object' || nested === null || Array.isArray(nested)) return key
        const found = malformedCondition({ where: nested as Where, fieldAt, idType, sql })
        if (found) return found
      }
      continue
    }
    if (typeof condition !== 'object' || condition === null) continue
    const field = fieldAt(key)
    const isId =
      key === 'id' ||
      (key.endsWith('.id') && fieldAt(key.slice(0, -3))?.type === 'relationship') ||
      (field?.type === 'relationship' && !Array.isArray(field.relationTo))
    for (const [operator, value] of Object.entries(condition)) {
      if (GEO_OPERATORS.includes(operator) && field?.type !== 'point') return `${key}.${operator}`
      if (sql && operator === 'all') return `${key}.${operator}`
      if (operator === 'exists' && ![true, false, 'true', 'false'].includes(value as string))
        return `${key}.${operator}`
      // PostgreSQL has `like` on text columns only: not on ids, numbers, enums (selects), dates or JSON.
      if (
        sql &&
        ['like', 'not_like', 'contains'].includes(operator) &&
        (isId || (field !== undefined && !['text', 'textarea', 'email', 'code'].includes(field.type)))
      )
        return `${key}.${operator}`
      const list = ['in', 'not_in', 'all'].includes(operator)
      // A list of objects, or an object where one value is expected, reaches the SQL builder as
      // "[object Object]" or crashes it: no field but JSON and points takes a structure here.
      const structured = (item: unknown) => typeof item === 'object' && item !== null
      if (
        operator !== 'exists' &&
        !GEO_OPERATORS.includes(operator) &&
        !['json', 'point'].includes(field?.type ?? '') &&
        (list
          ? Array.isArray(value) && value.some(structured)
          : structured(value) && (!Array.isArray(value) || value.some(structured)))
      )
        return `${key}.${operator}`
      // `equals=null` means "no value"; in a list, `null` is one more item for the column.
      if (value === null || value === undefined || (value === 'null' && !list)) continue
      // Every operator but `exists` hands the value to the id column: `like=abc` fails as NaN.
      if (isId && operator !== 'exists') {
        if (
          // Only the list operators read `1,2,3` as three ids.
          (list ? listOf(value) : [value]).some(
            (item) => !isIdLike({ value: typeof item === 'string' ? item.trim() : item, idType }),
          )
        ) {
          return `${key}.${operator}`
        }
      }
      // PostgreSQL stores selects as enums: a value outside the options fails the query.
      if (
        sql &&
        field?.type === 'select' &&
        operator !== 'exists' &&
        (list ? listOf(value) : [value]).some((item) => !optionValues(field).includes(String(item)))
      )
        return `${key}.${operator}`
      // `like`, `contains` and the comparisons turn a value that is no date into broken SQL.
      if (field?.type === 'date' && !['in', 'not_in'].includes(operator) && !isDateInput(value))
        return `${key}.${operator}`
    }
  }
  return null
}

/**
 * Payload's own lookup of a query path (`reviewLog.by`, `phase.key`, `target.id`): through rows,
 * collapsibles, tabs and groups (named or not), arrays, and single relationships into their
 * collection; `target.id` is the relationship itself.
 */
const fieldResolver =
  ({ fields, payload }: { fields: FlattenedField[]; payload: Payload }): FieldAt =>
  (path) =>
    getFieldByPath({ config: payload.config, fields, includeRelationships: true, path })?.field

/** Operations whose `id` names a document (or, for the version ones, a version). */
const BY_ID = ['read', 'update', 'delete', 'findVersionByID', 'restoreVersion']
const ON_VERSIONS = ['findVersions', 'findVersionByID', 'countVersions', 'restoreVersion']

const refuse = ({
  message,
  status,
  data,
}: {
  message: string
  status: number
  data: Record<string, unknown>
}) => {
  const error = new APIError(message, status, data, true)
  // A production build loses class names; Payload answers a nameless error with a generic message.
  error.name = 'APIError'
  return error
}

/**
 * Answers 400 for a query the database would choke on (`where[target][in]=abc`,
 * `where[publishAt][greater_than]=zzz`, `limit=1.5`, `depth=-1`), and 404 for an id the database
 * cannot hold (`/api/posts/abc`) or a version route of a collection that keeps none: stock Payload
 * answers all of them with a 500 on SQL databases.
 */
export const rejectMalformedQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const given = args as Record<string, unknown> & { id?: unknown; where?: Where }
  if (ON_VERSIONS.includes(operation) && !collection.versions) {
    throw refuse({
      message: translate({ key: 'noVersions', t: req.t, vars: { slug: collection.slug } }),
      status: 404,
      data: { slug: collection.slug },
    })
  }
  if (
    BY_ID.includes(operation) &&
    given.id !== undefined &&
    !isIdLike({ value: given.id, idType: req.payload.db.defaultIDType })
  ) {
    throw refuse({
      message: translate({ key: 'unknownId', t: req.t, vars: { id: String(given.id) } }),
      status: 404,
      data: { id: String(given.id) },
    })
  }
  const argument = queryArgumentProblem({ args: given, maxDepth: req.payload.config.maxDepth })
  if (argument) {
    throw refuse({
      message: translate({ key: 'malformedParameter', t: req.t, vars: argument }),
      status: 400,
      data: argument,
    })
  }
  const where = given.where
  if (where === undefined || where === null) return args
  const condition =
    typeof where !== 'object' || Array.isArray(where)
      ? 'where'
      : malformedCondition({
          where,
          fieldAt: fieldResolver({ fields: collection.flattenedFields, payload: req.payload }),
          idType: req.payload.db.defaultIDType,
          sql: req.payload.db.name !== 'mongoose',
        })
  if (!condition) return args
  throw refuse({
    message: translate({ key: 'malformedQuery', t: req.t, vars: { condition } }),
    status: 400,
    data: { condition },
  })
}
