import type { CollectionBeforeOperationHook, Field, Payload, Where } from 'payload'

import { APIError } from 'payload'

import { translate } from '../translations/index.js'
import { isDateInput, isIdLike } from '../validators/inputShape.js'
import { dataFields } from './dataFields.js'

/** Operators the SQL adapters only have for point fields; on any other field they crash the query builder. */
const GEO_OPERATORS = ['near', 'within', 'intersects']

/** Fields by their query path (`reviewLog.by`), looking through rows, collapsibles, tabs, groups and arrays. */
const fieldsByName = (fields: Field[], found = new Map<string, Field>(), prefix = '') => {
  for (const field of dataFields(fields)) {
    found.set(`${prefix}${field.name}`, field)
    if (field.type === 'group' || field.type === 'array')
      fieldsByName(field.fields, found, `${prefix}${field.name}.`)
  }
  return found
}

/** A field by its query path, following single relationships into their collection (`phase.key`, `target.id`). */
type FieldAt = (path: string) => Field | undefined

const optionValues = (field: Field) =>
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

const fieldResolver = ({ fields, payload }: { fields: Field[]; payload: Payload }): FieldAt => {
  const own = fieldsByName(fields)
  return (path) => {
    const direct = own.get(path)
    if (direct) return direct
    const [first, ...rest] = path.split('.')
    const relationship = own.get(first)
    if (relationship?.type !== 'relationship' || Array.isArray(relationship.relationTo) || rest.length === 0)
      return undefined
    const related = (payload.collections as Record<string, { config: { fields: Field[] } } | undefined>)[
      relationship.relationTo
    ]?.config
    if (!related || rest.join('.') === 'id') return undefined
    return fieldResolver({ fields: related.fields, payload })(rest.join('.'))
  }
}

/**
 * Answers 400 for a query the database would choke on (`where[target][in]=abc`,
 * `where[publishAt][greater_than]=zzz`), which stock Payload answers with a 500 on SQL databases.
 */
export const rejectMalformedQuery: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const where = (args as { where?: Where }).where
  if (where === undefined || where === null) return args
  const condition =
    typeof where !== 'object' || Array.isArray(where)
      ? 'where'
      : malformedCondition({
          where,
          fieldAt: fieldResolver({ fields: collection.fields, payload: req.payload }),
          idType: req.payload.db.defaultIDType,
          sql: req.payload.db.name !== 'mongoose',
        })
  if (!condition) return args
  throw new APIError(
    translate({ key: 'malformedQuery', t: req.t, vars: { condition } }),
    400,
    { condition },
    true,
  )
}
