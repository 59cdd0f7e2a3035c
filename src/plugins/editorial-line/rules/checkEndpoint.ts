import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { Format } from '../constants.js'
import type { Level, PostFacts, RuleName } from './types.js'

import { checklist } from './checklist.js'
import { bodyPlaintext } from '../calendar/feed/bodyPlaintext.js'
import { runRules } from './runRules.js'
import { describeFinding } from '../translations/describeFinding.js'
import { loadRuleContext } from './loadRuleContext.js'
import { isDateInput, isIdLike } from '../validators/inputShape.js'
import { refuseNonStaff } from '../http/refuseNonStaff.js'
import { configuredFormats, configuredGroups } from '../options/pluginSettings.js'

/**
 * `POST /api/posts/check` with a post's fields as they stand in the form (saved or not): the five
 * control points and every finding, as a submission for review would get them. The editorial team
 * only. The post form's live checklist calls it as the editor types.
 */
export const checkEndpoint = ({
  levels,
  defaultTimezone,
}: {
  levels: Record<RuleName, Level>
  defaultTimezone: string
}): Endpoint => ({
  path: '/check',
  method: 'post',
  handler: async (req) => {
    const refused = refuseNonStaff({ req, loginKey: 'mixLoginRequired' })
    if (refused) return refused
    await addDataAndFileToRequest(req)
    const input = (req.data ?? {}) as Record<string, unknown>
    const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
    // Half-typed values count as missing: the checklist then says what to fill in.
    const id = (value: unknown) => (isIdLike({ value, idType }) ? (value as number | string) : null)
    const post: PostFacts = {
      target: id(input.target),
      phase: id(input.phase),
      message: id(input.message),
      format: configuredFormats({ payload: req.payload }).some((format) => format.value === input.format)
        ? (input.format as Format)
        : null,
      publishAt: isDateInput(input.publishAt) ? new Date(input.publishAt as string).toISOString() : null,
      status: 'in_review',
      channel: id(input.channel),
      title: typeof input.title === 'string' ? input.title : null,
      // The body as the form holds it: the channel's length and the copy rules are checked as the
      // editor types (absent: not known, neither is checked on it).
      bodyText: input.body === undefined ? null : bodyPlaintext({ value: input.body }),
    }
    const context = await loadRuleContext({
      req,
      post,
      postId: id(input.id) ?? undefined,
      now: new Date(),
      submitting: true,
      defaultTimezone,
      // The media as the form holds them (ids, in order): the format's requirement is checked as
      // the editor adds files (absent: not known, not checked).
      media: input.media === undefined ? undefined : input.media,
    })
    const findings = runRules({ context, levels })
    const language = req.i18n?.language ?? 'fr'
    return Response.json({
      checklist: checklist({ findings }),
      findings: findings.map((finding) => ({
        rule: finding.rule,
        level: finding.level,
        path: finding.path,
        message: describeFinding({
          finding,
          t: req.t,
          language,
          groups: configuredGroups({ payload: req.payload }),
          formats: configuredFormats({ payload: req.payload }),
        }),
      })),
    })
  },
})
