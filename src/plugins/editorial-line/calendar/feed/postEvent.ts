import type { CalendarEvent } from './icalendar.js'

import { isHttpUrl } from '../../validators/httpUrl.js'
import { bodyPlaintext } from './bodyPlaintext.js'

/** What a post looks like read at depth 1; anything may be missing or of another shape. */
export type FeedPost = {
  id: number | string
  title?: unknown
  body?: unknown
  target?: unknown
  phase?: unknown
  message?: unknown
  format?: unknown
  channel?: unknown
  status?: unknown
  publishAt?: unknown
  publishedUrl?: unknown
  /** The post's media, populated (with their absolute `url`) or bare ids the caller may not read. */
  media?: unknown
  updatedAt?: unknown
}

export type PostEventLabels = {
  /** Field names, in the reader's language. */
  fields: Record<'channel' | 'format' | 'message' | 'phase' | 'status' | 'target', string>
  /** Option labels per field, by stored value. */
  options: Record<'format' | 'status', Record<string, string>>
  /** One line of the description: `Cible : OF` in French, `Target: OF` in English. */
  line: (args: { label: string; value: string }) => string
}

/** Planned length of a post's slot in the calendar, in minutes. */
export const POST_EVENT_MINUTES = 30

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** A field of a populated relationship; nothing when the relationship came back as a bare id. */
const populated = (value: unknown, field: string) =>
  value && typeof value === 'object' ? text((value as Record<string, unknown>)[field]) : ''

const validDate = (value: unknown) => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** The absolute URLs of a post's populated media, in the post's order. */
const mediaUrls = (media: unknown): string[] =>
  (Array.isArray(media) ? media : [])
    .map((item) => populated(item, 'url'))
    .filter((url) => isHttpUrl(url))

/**
 * The calendar event of a post: its title as summary, target, phase, key message, format,
 * channel and status then the body's text as description, the target as category, the
 * publication URL once there is one, its media's files as attachments. A post without a readable publication date has no event.
 */
export const postEvent = ({
  post,
  labels,
  domain,
}: {
  post: FeedPost
  labels: PostEventLabels
  /** The host the feed is served from: with the post's id, it makes the event's UID unique everywhere. */
  domain: string
}): CalendarEvent | null => {
  const start = validDate(post.publishAt)
  if (!start) return null
  const option = (field: 'format' | 'status') => {
    const value = text(post[field])
    return value ? (labels.options[field][value] ?? value) : ''
  }
  const facts: [keyof PostEventLabels['fields'], string][] = [
    ['target', populated(post.target, 'name')],
    ['phase', populated(post.phase, 'name')],
    ['message', populated(post.message, 'text')],
    ['format', option('format')],
    ['channel', populated(post.channel, 'name')],
    ['status', option('status')],
  ]
  const head = facts
    .filter(([, value]) => value !== '')
    .map(([field, value]) => labels.line({ label: labels.fields[field], value }))
    .join('\n')
  const body = bodyPlaintext({ value: post.body })
  const target = populated(post.target, 'name')
  return {
    uid: `post-${post.id}@${domain}`,
    start,
    duration: POST_EVENT_MINUTES,
    summary: text(post.title),
    description: [head, body].filter((part) => part !== '').join('\n\n'),
    categories: target ? [target] : [],
    url: isHttpUrl(text(post.publishedUrl)) ? text(post.publishedUrl) : undefined,
    attachments: mediaUrls(post.media),
    lastModified: validDate(post.updatedAt),
  }
}
