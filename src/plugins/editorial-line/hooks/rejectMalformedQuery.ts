import type { CollectionBeforeOperationHook, Field, Where } from 'payload'

import { APIError } from 'payload'

import { translate } from '../translations'
import { isDateInput, isIdLike } from '../validators/inputShape'

const ID_OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'all']
const DATE_OPERATORS = [
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
]

/** Top-level fields by name, looking through rows, collapsibles and unnamed tabs. */
const fieldsByName = (fields: Field[], found = new Map<string, Field>()) => {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      fieldsByName(field.fields, found)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (!('name' in tab && tab.name)) fieldsByName(tab.fields, found)
      }
    } else if ('name' in field && field.name) {
      found.set(field.name, field)
    }
  }
  return found
}

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

/** The first `where` condition that would make the database fail: an id that cannot be one, a date that is none. */
const malformedCondition = ({
  where,
  fields,
  idType,
}: {
  where: Where
  fields: Map<string, Field>
  idType: 'number' | 'text'
}): null | string => {
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      for (const nested of condition) {
        const found = malformedCondition({ where: nested as Where, fields, idType })
        if (found) return found
      }
      continue
    }
    if (typeof condition !== 'object' || condition === null) continue
    const field = fields.get(key)
    const isId = key === 'id' || (field?.type === 'relationship' && !Array.isArray(field.relationTo))
    for (const [operator, value] of Object.entries(condition)) {
      if (value === null || value === 'null' || value === undefined) continue
      if (isId && ID_OPERATORS.includes(operator)) {
        if (
          listOf(value).some(
            (item) => !isIdLike({ value: typeof item === 'string' ? item.trim() : item, idType }),
          )
        ) {
          return `${key}.${operator}`
        }
      }
      if (field?.type === 'date' && DATE_OPERATORS.includes(operator) && !isDateInput(value))
        return `${key}.${operator}`
    }
  }
  return null
}

/**
 * Answers 400 for a query the database would choke on (`where[target][in]=abc`,
 * `where[publishAt][greater_than]=zzz`), which stock Payload answers with a 500 on SQL databases.
 */
export const rejectMalformedQuery: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const where = (args as { where?: Where }).where
  if (!where || typeof where !== 'object') return args
  const condition = malformedCondition({
    where,
    fields: fieldsByName(collection.fields),
    idType: req.payload.db.defaultIDType,
  })
  if (!condition) return args
  throw new APIError(
    translate({ key: 'malformedQuery', t: req.t, vars: { condition } }),
    400,
    { condition },
    true,
  )
}
