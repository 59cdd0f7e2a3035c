import type { CollectionBeforeChangeHook } from 'payload'

import type { PostStatus } from '../constants.js'
import type { Finding, Level, PostFacts, RuleName } from './types.js'

import { userHasRole } from '../access/hasRole.js'
import { checklist } from './checklist.js'
import { runRules } from './runRules.js'
import { choiceIds } from '../posts/choiceIds.js'
import { rememberFieldRefusals } from '../posts/fieldRefusals.js'
import { describeFinding } from '../translations/describeFinding.js'
import { translate } from '../translations/index.js'
import { refusal } from '../http/refusal.js'
import { loadRuleContext } from './loadRuleContext.js'
import { saveReadsOf } from './saveReads.js'
import { relationId } from './relationId.js'
import { bodyPlaintext } from '../calendar/feed/bodyPlaintext.js'
import { configuredFormats, configuredGroups } from '../options/pluginSettings.js'
import { sameFieldValue } from '../workflow/changedFields.js'
import type { EditorialLineTranslationKey } from '../translations/index.js'

/** States in which a post must hold every control point. */
const CHECKED: PostStatus[] = ['in_review', 'approved', 'published']
/** Fields whose change re-runs the rules on a post in a checked state. */
const WATCHED = ['publishAt', 'target', 'phase', 'message', 'format', 'channel', 'title', 'body', 'media'] as const

type TimingOverride = { reason?: null | string; by?: unknown; at?: null | string }

/**
 * Runs the editorial rules once per save of a post, on one rule context (the post's target, phase,
 * message, plan and month counts, read once). Warnings and the checklist are stored on the post; an
 * approver's timing override turns a timing block into a warning.
 *
 * It refuses nothing itself: drafts are never refused, and for a post going to (or changed while in)
 * review, approval or publication, each blocking finding is handed to the field it names
 * (`fieldRefusals`), whose `validate` reports it. Payload then answers one 400 with every field's
 * error, and nothing is written.
 *
 * `req.context.editorialLineNow` (an ISO date) stands in for the clock when importing past posts.
 */
export const assessEditorialRules =
  ({
    levels,
    defaultTimezone,
  }: {
    levels: Record<RuleName, Level>
    defaultTimezone: string
  }): CollectionBeforeChangeHook =>
  async ({ collection, context, data, operation, originalDoc, req }) => {
    const previous = (operation === 'update' ? originalDoc : undefined) ?? {}
    const merged = { ...previous, ...data }
    const status = (merged.status ?? 'draft') as PostStatus
    const statusChanged = operation === 'create' || previous.status !== status
    const changed = (field: string) =>
      operation === 'create'
        ? merged[field] != null
        : !sameFieldValue({ field, before: previous[field], after: merged[field] })
    // Marking a post published reports what already went out: the rules no longer stop it.
    const reportingPublication = status === 'published' && previous.status !== 'published'
    const enforced =
      CHECKED.includes(status) && !reportingPublication && (statusChanged || WATCHED.some(changed))
    const submitting =
      enforced &&
      ((statusChanged && (status === 'in_review' || status === 'approved')) || changed('publishAt'))
    const now = typeof context.editorialLineNow === 'string' ? new Date(context.editorialLineNow) : new Date()

    const override = approverOverride({ field: 'timingOverride', data, previous, now, req })
    // Copy rules (issue #28): an approver's reason turns the copy rules' blocks into warnings.
    const copyOverride = approverOverride({ field: 'copyOverride', data, previous, now, req })
    const post: PostFacts = {
      target: relationId(merged.target),
      phase: relationId(merged.phase),
      message: relationId(merged.message),
      format: merged.format ?? null,
      publishAt: merged.publishAt ?? null,
      status,
      channel: relationId(merged.channel),
      title: typeof merged.title === 'string' ? merged.title : null,
      bodyText: bodyPlaintext({ value: merged.body }),
    }
    const ruleContext = await loadRuleContext({
      req,
      post,
      postId: operation === 'update' ? originalDoc?.id : undefined,
      now,
      submitting,
      defaultTimezone,
      lockMix: levels.mixTolerance === 'block',
      // A post without files has none to read (formatComplete then checks it holds none).
      media: merged.media ?? [],
      reads: saveReadsOf({
        context,
        collection: collection.slug,
        key: operation === 'update' ? String(originalDoc?.id) : 'create',
      }),
    })
    const findings: Finding[] = runRules({ context: ruleContext, levels }).map((finding) =>
      finding.level === 'block' &&
      ((override.reason && finding.rule === 'timingWindow') ||
        (copyOverride.reason && finding.rule === 'copy'))
        ? { ...finding, level: 'warn' }
        : finding,
    )

    const language = req.i18n?.language ?? 'fr'
    const describe = (finding: Finding) =>
      describeFinding({
        finding,
        t: req.t,
        language,
        groups: configuredGroups({ payload: req.payload }),
        formats: configuredFormats({ payload: req.payload }),
      })
    rememberFieldRefusals({
      context,
      key: operation === 'update' ? String(originalDoc?.id) : 'create',
      refusals: enforced
        ? findings
            .filter((finding) => finding.level === 'block')
            .map((finding) => ({ path: finding.path, message: describe(finding) }))
        : [],
      // The phase and message just loaded also answer Payload's filterOptions check of those fields.
      choices: choiceIds({ context: ruleContext }),
    })

    return {
      ...data,
      // No channel given: the one the rules were run with (the phase's first, see loadRuleContext).
      ...(relationId(merged.channel) == null && ruleContext.post.channel != null
        ? { channel: ruleContext.post.channel }
        : {}),
      // The zone the admin enters and shows `publishAt` in: always the plan's, whatever was sent.
      publishAt_tz: ruleContext.plan.timezone,
      timingOverride: override,
      copyOverride,
      warnings: findings
        .filter((finding) => finding.level === 'warn')
        .map((finding) => ({ rule: finding.rule, path: finding.path, message: describe(finding) })),
      checklist: checklist({ findings }),
    }
  }

/** The message refusing an override's reason to whoever may not give it. */
const FORBIDDEN: Record<'copyOverride' | 'timingOverride', EditorialLineTranslationKey> = {
  timingOverride: 'timingOverrideForbidden',
  copyOverride: 'copyOverrideForbidden',
}

/**
 * Only an approver (or admin) may give or change the reason of an override (of the timing, of the
 * copy rules); whoever gives it and when are recorded by the server, never taken from the request.
 */
const approverOverride = ({
  field,
  data,
  previous,
  now,
  req,
}: {
  field: 'copyOverride' | 'timingOverride'
  data: Record<string, any>
  previous: Record<string, any>
  now: Date
  req: Parameters<CollectionBeforeChangeHook>[0]['req']
}): TimingOverride => {
  const before: TimingOverride = previous[field] ?? {}
  const given = data[field] as TimingOverride | undefined
  const reason = (given && 'reason' in given ? given.reason : before.reason)?.trim() || null
  if (reason === (before.reason?.trim() || null)) {
    return { reason, by: relationId(before.by), at: before.at ?? null }
  }
  if (reason && !userHasRole({ user: req.user, roles: ['approver', 'admin'] })) {
    throw refusal({
      message: translate({ key: FORBIDDEN[field], t: req.t }),
      status: 403,
      data: { code: FORBIDDEN[field] },
    })
  }
  return reason
    ? { reason, by: req.user?.id ?? null, at: now.toISOString() }
    : { reason: null, by: null, at: null }
}
