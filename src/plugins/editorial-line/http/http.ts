import type { PayloadRequest } from 'payload'

import type { Id } from '../rules/types.js'

import { isIdLike } from '../validators/inputShape.js'

/** An error answer shaped as Payload's own: `{ errors: [{ message }] }`. */
export const errorResponse = ({ message, status }: { message: string; status: number }) =>
  Response.json({ errors: [{ message }] }, { status })

/** A query parameter given once as text; an empty one counts as absent, anything else is null. */
export const singleQueryValue = (value: unknown): null | string | undefined => {
  if (value === undefined || value === '') return undefined
  return typeof value === 'string' ? value.trim() : null
}

/** A 400 with the message the caller should read. */
export const badRequest = (message: string) => errorResponse({ message, status: 400 })

/**
 * The document id a query parameter names, in the database's id type; null when it cannot be one.
 * A number the database cannot hold, or a MongoDB id that is no ObjectId, would fail the query.
 */
export const parseId = ({ req, value }: { req: PayloadRequest; value: string }): Id | null => {
  const text = value.trim()
  if (req.payload.db.defaultIDType === 'number') {
    return isIdLike({ value: text, idType: 'number' }) ? Number(text) : null
  }
  return /^[0-9a-f]{24}$/i.test(text) ? text : null
}
