import type { Endpoint, PayloadRequest } from 'payload'

import { getTranslation } from '@payloadcms/translations'

import { calendarQuery } from './calendarQuery.js'
import { icalendar } from './icalendar.js'
import { type PostEventLabels, postEvent } from './postEvent.js'
import { translate } from '../../translations/index.js'
import { loadCalendarFeed } from './loadCalendarFeed.js'
import { loadPlan } from '../../line/loadPlan.js'
import { loadChannelSlugs } from '../../line/loadChannelSlugs.js'
import { badRequest } from '../../http/http.js'
import { pluginSlugs } from '../../options/pluginSettings.js'

const problemKeys = {
  badDate: 'calendarBadDate',
  badParameter: 'calendarBadParameter',
  badRange: 'calendarBadRange',
  unknownChannel: 'calendarUnknownChannel',
} as const

/** The labels of a select field of posts, in the reader's language, by value. */
const optionLabels = ({ req, name }: { req: PayloadRequest; name: string }): Record<string, string> => {
  const posts = req.payload.collections[pluginSlugs({ payload: req.payload }).posts]
  const field = posts.config.flattenedFields.find((candidate) => candidate.name === name)
  if (field?.type !== 'select') return {}
  return Object.fromEntries(
    field.options.map((option) => {
      if (typeof option === 'string') return [option, option]
      const label = getTranslation(option.label, req.i18n)
      return [option.value, typeof label === 'string' ? label : option.value]
    }),
  )
}

/** The plan's timezone; the plugin's `timezone` option when it holds none usable. */
const planTimezone = async ({ req }: { req: PayloadRequest }) => (await loadPlan({ req })).timezone

/**
 * `GET /api/posts/calendar.ics`: the approved and published posts as an iCalendar feed, in the
 * plan's timezone. `?target=` (id or slug), `?channel=` (a channel's slug), `?from=` and `?to=` (ISO dates; by default
 * from 90 days ago on) narrow it. What each caller sees is what Payload's read access lets them read.
 */
export const calendarEndpoint: Endpoint = {
  path: '/calendar.ics',
  method: 'get',
  handler: async (req) => {
    const timezone = await planTimezone({ req })
    const now = new Date()
    const query = calendarQuery({
      query: (req.query ?? {}) as Record<string, unknown>,
      timezone,
      now,
      channels: await loadChannelSlugs({ req }),
    })
    if ('problem' in query) {
      return badRequest(translate({ key: problemKeys[query.problem], t: req.t, vars: query }))
    }

    const feed = await loadCalendarFeed({ req, query })
    if ('problem' in feed) {
      return badRequest(translate({ key: 'calendarUnknownTarget', t: req.t, vars: { target: query.target } }))
    }

    const fieldLabel = (key: keyof PostEventLabels['fields']) => translate({ key, t: req.t })
    const labels: PostEventLabels = {
      fields: {
        target: fieldLabel('target'),
        phase: fieldLabel('phase'),
        message: fieldLabel('message'),
        format: fieldLabel('format'),
        channel: fieldLabel('channel'),
        status: fieldLabel('status'),
      },
      options: {
        format: optionLabels({ req, name: 'format' }),
        status: optionLabels({ req, name: 'status' }),
      },
      line: (vars) => translate({ key: 'calendarLine', t: req.t, vars }),
    }
    // The configured server URL names the site for good; without one, the host the feed is asked from.
    const { hostname: domain } = new URL(req.payload.config.serverURL || req.url || 'http://localhost')
    const events = feed.posts.flatMap((post) => postEvent({ post, labels, domain }) ?? [])
    const body = icalendar({
      name: translate({ key: 'calendarName', t: req.t }),
      timezone,
      events,
      now,
    })
    return new Response(body, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="posts.ics"',
        // What a caller sees depends on who they are: no shared cache.
        'Cache-Control': 'private, max-age=300',
      },
    })
  },
}
