import type { PayloadRequest, Where } from 'payload'

import type { CalendarQuery } from './calendarQuery.js'
import type { FeedPost } from './postEvent.js'

import { PUBLIC_POST_STATUSES } from '../../constants.js'
import { parseId } from '../../http/http.js'
import { pluginSlugs } from '../../options/pluginSettings.js'

/**
 * The id of the target named by its id or its slug. Looked up over the whole line, whoever asks:
 * anonymous calendar clients may not read targets, and a subscription to a target no approved post
 * addresses yet answers an empty calendar, not a 400. Only the id leaves this function; the feed
 * shows posts the caller may read.
 */
const findTarget = async ({ req, value }: { req: PayloadRequest; value: string }) => {
  const id = parseId({ req, value })
  const where: Where = {
    or: [{ slug: { equals: value } }, ...(id === null ? [] : [{ id: { equals: id } }])],
  }
  const { docs } = await req.payload.find({
    collection: pluginSlugs({ payload: req.payload }).targets,
    where,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0]?.id
}

/**
 * The iCalendar feed's posts: the approved and published ones within the query's range, of its
 * target and channel when it names them, as the caller may read them, by date, with their target's
 * name and slug, their phase's name, their message's text and their media (with absolute URLs). `unknownTarget` when the query names a
 * target the line does not have.
 */
export const loadCalendarFeed = async ({
  req,
  query,
}: {
  req: PayloadRequest
  query: CalendarQuery
}): Promise<{ posts: FeedPost[] } | { problem: 'unknownTarget' }> => {
  const where: Where[] = [
    // The feed is of posts that went through review, whoever asks.
    { status: { in: [...PUBLIC_POST_STATUSES] } },
    { publishAt: { greater_than_equal: query.from.toISOString() } },
  ]
  if (query.to) {
    const bound = query.to.inclusive ? 'less_than_equal' : 'less_than'
    where.push({ publishAt: { [bound]: query.to.at.toISOString() } })
  }
  if (query.target !== undefined) {
    const target = await findTarget({ req, value: query.target })
    if (target === undefined) return { problem: 'unknownTarget' }
    where.push({ target: { equals: target } })
  }
  if (query.channel !== undefined) where.push({ 'channel.slug': { equals: query.channel } })

  const { docs } = await req.payload.find({
    collection: pluginSlugs({ payload: req.payload }).posts,
    where: { and: where },
    sort: 'publishAt',
    depth: 1,
    populate: {
      targets: { name: true, slug: true },
      phases: { name: true },
      messages: { text: true },
      channels: { name: true, slug: true },
      // Media are not listed: they come whole, their url made from the filename as they are read.
    },
    limit: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  return { posts: docs as FeedPost[] }
}
