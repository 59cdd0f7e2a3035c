import type { PayloadRequest } from 'payload'

import { DAY_MS } from '../time/dayMs.js'
import { pluginSlugs } from '../options/pluginSettings.js'

/** How long a key message may go unused before the home page names it. */
export const STALE_MESSAGE_DAYS = 90

export type DeskPost = {
  id: number | string
  title: string
  publishAt?: null | string
  status: string
  createdAt: string
}

/**
 * What waits on the team: the review queue (how many, the three that have waited longest) and the
 * active key messages no post has used (in review, approved or published) in the last 90 days.
 * Call it for the editorial team only.
 */
export const loadDesk = async ({ req, now }: { req: PayloadRequest; now: Date }) => {
  const { payload } = req
  const since = new Date(now.getTime() - STALE_MESSAGE_DAYS * DAY_MS).toISOString()
  const [queue, used, messages] = await Promise.all([
    payload.find({
      collection: pluginSlugs({ payload }).posts,
      where: { status: { equals: 'in_review' } },
      sort: 'createdAt',
      limit: 3,
      depth: 0,
      select: { title: true, publishAt: true, status: true, createdAt: true },
      req,
    }),
    payload.findDistinct({
      collection: pluginSlugs({ payload }).posts,
      field: 'message',
      where: {
        and: [
          { status: { in: ['in_review', 'approved', 'published'] } },
          { publishAt: { greater_than_equal: since } },
          { publishAt: { less_than_equal: now.toISOString() } },
        ],
      },
      limit: 10_000,
      req,
    }),
    payload.find({
      collection: pluginSlugs({ payload }).messages,
      where: { status: { equals: 'active' } },
      depth: 0,
      pagination: false,
      sort: 'createdAt',
      select: { text: true, phase: true },
      req,
    }),
  ])
  const usedIds = new Set((used.values as { message?: unknown }[]).map((value) => String(value.message)))
  return {
    queue: { total: queue.totalDocs, oldest: queue.docs as unknown as DeskPost[] },
    staleMessages: messages.docs
      .filter((message) => !usedIds.has(String(message.id)))
      .map((message) => ({ id: message.id, text: message.text as string })),
  }
}
