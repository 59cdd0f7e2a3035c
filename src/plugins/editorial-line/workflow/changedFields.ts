import { relationId } from '../rules/relationId.js'

/** What a post says: a change to any of these needs a new review once the post is approved. */
export const CONTENT_FIELDS = ['title', 'body', 'target', 'phase', 'message', 'format', 'channel'] as const

/** JSON with sorted keys, so that the same rich text sent back by a form compares equal. */
const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  )

const empty = (value: unknown) => value === undefined || value === null || value === ''

/**
 * Whether a field holds the same value before and after a save: empty values alike, dates as instants,
 * relationships by id (a populated document or its id), rich text whatever its keys' order.
 */
export const sameFieldValue = ({
  field,
  before,
  after,
}: {
  field: string
  before: unknown
  after: unknown
}) => {
  if (empty(before) && empty(after)) return true
  if (field === 'body') return stableJson(before ?? null) === stableJson(after ?? null)
  if (field === 'publishAt') {
    const [a, b] = [before, after].map((value) => (empty(value) ? NaN : new Date(value as string).getTime()))
    return a === b
  }
  return String(relationId(before) ?? before) === String(relationId(after) ?? after)
}

/**
 * Which parts of a post a save changes. Only fields the save sends count: a partial update that
 * leaves the body out does not change it.
 */
export const changedFields = ({
  before,
  sent,
}: {
  before: Record<string, unknown>
  sent: Record<string, unknown>
}): { contentChanged: boolean; publishAtMoved: boolean } => {
  const changed = (field: string) =>
    field in sent && !sameFieldValue({ field, before: before[field], after: sent[field] })
  return { contentChanged: CONTENT_FIELDS.some(changed), publishAtMoved: changed('publishAt') }
}
