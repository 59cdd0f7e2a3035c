import type { PayloadRequest, Where } from 'payload'

import type { Id } from '../rules/types.js'
import type { SlotMonthFacts, SlotMonthRequest } from './nextSlots.js'

import { COMMITTED, COUNTED, TAKING } from './nextSlots.js'
import { pluginSlugs } from '../options/pluginSettings.js'

/**
 * One month of a slot search, read in the database: three counts (the phase's posts, the committed
 * posts, the group's committed posts) and the `publishAt` of the target's in-review and approved
 * posts in the request's windows, never the month's posts themselves. Indexes on
 * `(status, publishAt)`, `(phase, status, publishAt)` and `(target, status, publishAt)` keep each
 * read to the rows it counts or returns, however many posts the database holds.
 */
export const loadSlotMonth = async ({
  req,
  request,
  target,
  phase,
  groupTargets,
  channel,
  postId,
}: {
  req: PayloadRequest
  request: SlotMonthRequest
  target: Id
  phase: Id
  groupTargets: Id[]
  /** The post's channel when it caps its posts a month: its month is counted too. */
  channel?: Id | null
  /** The post the slots are for, left out of every figure. */
  postId?: Id | null
}): Promise<SlotMonthFacts> => {
  const { db } = req.payload
  const inMonth = (...conditions: Where[]): Where => ({
    and: [
      { publishAt: { greater_than_equal: request.start } },
      { publishAt: { less_than: request.end } },
      ...conditions,
      ...(postId == null ? [] : [{ id: { not_equals: postId } }]),
    ],
  })
  const count = async (...conditions: Where[]) =>
    (
      await db.count({
        collection: pluginSlugs({ payload: req.payload }).posts,
        where: inMonth(...conditions),
        req,
      })
    ).totalDocs
  const [phaseInMonth, committedInMonth, groupCommittedInMonth, channelInMonth, taking] = await Promise.all([
    count({ phase: { equals: phase } }, { status: { in: COUNTED } }),
    count({ status: { in: COMMITTED } }),
    groupTargets.length > 0 ? count({ target: { in: groupTargets } }, { status: { in: COMMITTED } }) : 0,
    channel == null ? 0 : count({ channel: { equals: channel } }, { status: { in: COUNTED } }),
    request.windows.length === 0
      ? { docs: [] }
      : db.find({
          collection: pluginSlugs({ payload: req.payload }).posts,
          where: inMonth(
            { target: { equals: target } },
            { status: { in: TAKING } },
            {
              or: request.windows.map((window) => ({
                and: [
                  { publishAt: { greater_than_equal: window.start } },
                  { publishAt: { less_than: window.end } },
                ],
              })),
            },
          ),
          select: { publishAt: true },
          limit: 0,
          pagination: false,
          req,
        }),
  ])
  return {
    counts: { phaseInMonth, committedInMonth, groupCommittedInMonth, channelInMonth },
    taking: (taking.docs as { publishAt?: null | string }[]).flatMap((post) =>
      post.publishAt ? [post.publishAt] : [],
    ),
  }
}
