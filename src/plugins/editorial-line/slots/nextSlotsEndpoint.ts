import type { Endpoint, PayloadRequest } from 'payload'

import type { Id, Level, RuleName } from '../rules/types.js'

import { parseIsoDate } from '../time/parseIsoDate.js'
import type { Format } from '../constants.js'
import { localTime } from '../time/localTime.js'
import { loadSlotContext } from './loadSlotContext.js'
import { findNextSlots } from './findNextSlots.js'
import { loadSlotPost } from './loadSlotPost.js'
import { DEFAULT_HORIZON_DAYS, DEFAULT_SLOT_COUNT } from './nextSlots.js'
import { describeFinding } from '../translations/describeFinding.js'
import { translate, valueKey } from '../translations/index.js'
import { relationId } from '../rules/relationId.js'
import { badRequest, parseId, singleQueryValue } from '../http/http.js'
import { refuseNonStaff } from '../http/refuseNonStaff.js'
import { configuredFormats, configuredGroups } from '../options/pluginSettings.js'

const MAX_COUNT = 10

/**
 * `GET /api/posts/next-slots?post=ID`, or `?target=ID&phase=ID[&message=ID&format=…&channel=ID&exclude=ID]`
 * (the channel: the post's, else the first its phase allows; its own slot replaces the window):
 * the next instants (`count`, 1–10, default 3) from now or `from` (ISO) on, within a year, at
 * which the post would pass every blocking editorial rule on a day no other post of its target
 * takes. `exclude` names the post being edited, left out of what is taken and counted.
 * The editorial team only: the answer reflects posts in review.
 */
export const nextSlotsEndpoint = ({
  levels,
  defaultTimezone,
}: {
  levels: Record<RuleName, Level>
  defaultTimezone: string
}): Endpoint => ({
  path: '/next-slots',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonStaff({ req, loginKey: 'nextSlotsLoginRequired' })
    if (refused) return refused

    const query = (req.query ?? {}) as Record<string, unknown>
    const params: Record<string, string | undefined> = {}
    for (const name of ['post', 'target', 'phase', 'message', 'format', 'channel', 'exclude', 'count', 'from']) {
      const value = singleQueryValue(query[name])
      if (value === null) {
        return badRequest(translate({ key: 'nextSlotsBadParameter', t: req.t, vars: { param: name } }))
      }
      params[name] = value
    }
    const id = (param: string) => {
      const value = params[param]
      return value === undefined ? undefined : parseId({ req, value })
    }

    const count = params.count === undefined ? DEFAULT_SLOT_COUNT : Number(params.count)
    if (!/^\d+$/.test(params.count ?? '1') || count < 1 || count > MAX_COUNT) {
      return badRequest(translate({ key: 'nextSlotsBadCount', t: req.t, vars: { max: MAX_COUNT } }))
    }
    // Only the syntax here: the loader reads the date in the plan timezone.
    if (params.from !== undefined && !parseIsoDate({ value: params.from, timezone: 'UTC' })) {
      return badRequest(translate({ key: 'nextSlotsBadFrom', t: req.t }))
    }
    const formats = configuredFormats({ payload: req.payload }).map((format) => format.value)
    if (params.format !== undefined && !formats.includes(params.format)) {
      return badRequest(
        translate({
          key: 'nextSlotsBadFormat',
          t: req.t,
          vars: { format: params.format, formats: formats.join(', ') },
        }),
      )
    }

    const byPost = params.post !== undefined
    const byTarget = params.target !== undefined || params.phase !== undefined
    if (byPost === byTarget || (byTarget && (params.target === undefined || params.phase === undefined))) {
      return badRequest(translate({ key: 'nextSlotsMissing', t: req.t }))
    }

    let facts: {
      target: Id
      phase: Id
      message: Id | null
      format: Format | null
      channel: Id | null
      postId: Id | null
    }
    if (byPost) {
      const postId = id('post')
      const post = postId == null ? null : await loadSlotPost({ req, id: postId })
      if (!post) {
        return badRequest(translate({ key: 'nextSlotsUnknownPost', t: req.t, vars: { id: params.post } }))
      }
      const target = relationId(post.target)
      const phase = relationId(post.phase)
      if (target == null || phase == null) {
        return badRequest(translate({ key: 'nextSlotsPostIncomplete', t: req.t }))
      }
      facts = {
        target,
        phase,
        message: relationId(post.message),
        format: (post.format as Format | null | undefined) ?? null,
        channel: params.channel === undefined ? relationId(post.channel) : (id('channel') ?? null),
        postId: post.id,
      }
    } else {
      const target = id('target')
      const phase = id('phase')
      const message = id('message')
      const exclude = id('exclude')
      const channel = id('channel')
      if (channel === null) return unknown({ req, key: 'nextSlotsUnknownChannel', id: params.channel })
      if (target === null) return unknown({ req, key: 'nextSlotsUnknownTarget', id: params.target })
      if (phase === null) return unknown({ req, key: 'nextSlotsUnknownPhase', id: params.phase })
      if (message === null) return unknown({ req, key: 'nextSlotsUnknownMessage', id: params.message })
      if (exclude === null) return unknown({ req, key: 'nextSlotsUnknownPost', id: params.exclude })
      facts = {
        target: target!,
        phase: phase!,
        message: message ?? null,
        format: (params.format as Format | undefined) ?? null,
        channel: channel ?? null,
        postId: exclude ?? null,
      }
    }

    const now = new Date()
    const context = await loadSlotContext({
      req,
      target: facts.target,
      phase: facts.phase,
      message: facts.message,
      channel: facts.channel,
      from: params.from,
      defaultTimezone,
    })
    if ('problem' in context) {
      const keys = {
        unknownTarget: ['nextSlotsUnknownTarget', facts.target],
        unknownPhase: ['nextSlotsUnknownPhase', facts.phase],
        unknownMessage: ['nextSlotsUnknownMessage', facts.message],
        unknownChannel: ['nextSlotsUnknownChannel', facts.channel],
      } as const
      const [key, value] = keys[context.problem]
      return unknown({ req, key, id: String(value) })
    }

    const { timezone } = context.plan
    const result = await findNextSlots({
      req,
      context,
      postId: facts.postId,
      format: facts.format,
      levels,
      now,
      horizonDays: DEFAULT_HORIZON_DAYS,
      count,
    })
    const answer = { timezone, horizonDays: DEFAULT_HORIZON_DAYS }
    if ('reason' in result) {
      const message =
        result.reason === 'blocked'
          ? translate({
              key: 'nextSlotsBlocked',
              t: req.t,
              vars: {
                problems: result.findings
                  .map((finding) =>
                    describeFinding({
                      finding,
                      t: req.t,
                      language: req.i18n?.language ?? 'fr',
                      groups: configuredGroups({ payload: req.payload }),
                      formats: configuredFormats({ payload: req.payload }),
                    }),
                  )
                  .join(' '),
              },
            })
          : translate({ key: 'nextSlotsNoneInHorizon', t: req.t, vars: { days: DEFAULT_HORIZON_DAYS } })
      return Response.json({ slots: [], reason: result.reason, message, ...answer })
    }
    return Response.json({
      slots: result.slots.map((at) => {
        const local = localTime({ instant: at, timezone })
        return {
          at,
          local: `${local.day} ${local.time}`,
          weekday: translate({ key: valueKey({ prefix: 'dayName', value: local.weekday }), t: req.t }),
        }
      }),
      ...answer,
    })
  },
})

const unknown = ({
  req,
  key,
  id,
}: {
  req: PayloadRequest
  key:
    | 'nextSlotsUnknownChannel'
    | 'nextSlotsUnknownMessage'
    | 'nextSlotsUnknownPhase'
    | 'nextSlotsUnknownPost'
    | 'nextSlotsUnknownTarget'
  id?: string
}) => badRequest(translate({ key, t: req.t, vars: { id } }))
