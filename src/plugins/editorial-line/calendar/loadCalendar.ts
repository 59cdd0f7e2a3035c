import type { PayloadRequest } from 'payload'

import type { MixGroup, PostStatus } from '../constants.js'
import type { Timing } from '../rules/types.js'
import { pluginSlugs } from '../options/pluginSettings.js'

export type CalendarPost = {
  id: number | string
  title: string
  publishAt: string
  status: PostStatus
  target: null | { id: number | string; name: string; mixGroup: MixGroup }
  channel: CalendarChannel | null
}

export type CalendarChannel = { id: number | string; name: string; slug: string }

export type CalendarTarget = { id: number | string; name: string; mixGroup: MixGroup; timing?: null | Timing }

/**
 * The posts dated within `[start, end)`, by date, as the logged-in user may read them: the latest
 * version of each (drafts included, so the team sees what it is working on), with their target's
 * name and group and their channel, only those of `channel` (a slug) when given; every target, for
 * the windows; and every channel, for the menu and the legend.
 */
export const loadCalendar = async ({
  req,
  start,
  end,
  channel,
}: {
  req: PayloadRequest
  start: string
  end: string
  channel?: string
}): Promise<{ posts: CalendarPost[]; targets: CalendarTarget[]; channels: CalendarChannel[] }> => {
  const slugs = pluginSlugs({ payload: req.payload })
  const [posts, targets, channels] = await Promise.all([
    req.payload.find({
      collection: slugs.posts,
      where: {
        and: [
          { publishAt: { greater_than_equal: start } },
          { publishAt: { less_than: end } },
          ...(channel ? [{ 'channel.slug': { equals: channel } }] : []),
        ],
      },
      sort: 'publishAt',
      draft: true,
      depth: 1,
      pagination: false,
      select: { title: true, publishAt: true, status: true, target: true, channel: true },
      populate: { [slugs.targets]: { name: true, mixGroup: true }, [slugs.channels]: { name: true, slug: true } },
      overrideAccess: false,
      user: req.user,
      req,
    }),
    req.payload.find({
      collection: slugs.targets,
      depth: 0,
      pagination: false,
      sort: 'name',
      select: { name: true, mixGroup: true, timing: true },
      overrideAccess: false,
      user: req.user,
      req,
    }),
    req.payload.find({
      collection: slugs.channels,
      depth: 0,
      pagination: false,
      sort: 'createdAt',
      select: { name: true, slug: true },
      overrideAccess: false,
      user: req.user,
      req,
    }),
  ])
  // The stored documents as this plugin's collections define them (the host's generated types may not know them).
  type StoredPost = Omit<CalendarPost, 'channel' | 'target'> & { target?: unknown; channel?: unknown }
  return {
    posts: (posts.docs as unknown as StoredPost[]).map((post) => {
      const target = post.target as null | { id: number | string; name: string; mixGroup: MixGroup }
      return {
        id: post.id,
        title: post.title,
        publishAt: post.publishAt,
        status: post.status,
        target:
          target && typeof target === 'object'
            ? { id: target.id, name: target.name, mixGroup: target.mixGroup }
            : null,
        channel:
          post.channel && typeof post.channel === 'object'
            ? {
                id: (post.channel as CalendarChannel).id,
                name: (post.channel as CalendarChannel).name,
                slug: (post.channel as CalendarChannel).slug,
              }
            : null,
      }
    }),
    targets: (targets.docs as unknown as CalendarTarget[]).map((target) => ({
      id: target.id,
      name: target.name,
      mixGroup: target.mixGroup,
      timing: target.timing,
    })),
    channels: (channels.docs as unknown as CalendarChannel[]).map(({ id, name, slug }) => ({ id, name, slug })),
  }
}
