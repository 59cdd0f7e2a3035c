import type { TFunction } from '@payloadcms/translations'

import type { MixGroupOption } from '../mix/groups.js'
import type { Problem, RuleMessageKey } from '../rules/types.js'

import { groupLabel } from '../mix/groups.js'
import { durationWords } from '../time/durationWords.js'
import { describeRequirements } from './describeRequirements.js'
import { type FormatOption, formatLabel } from '../posts/formats.js'

import { type EditorialLineTranslationKey, translate, valueKey } from './index.js'

// Every message a rule can give must have a translation: this line stops compiling otherwise.
const everyRuleMessageIsTranslated: RuleMessageKey extends EditorialLineTranslationKey ? true : never = true
void everyRuleMessageIsTranslated

/**
 * A rule's message in the request's language: weekdays, formats and groups named in words,
 * lists joined with "or" ("le mardi ou le jeudi").
 */
export const describeFinding = ({
  finding,
  t,
  language,
  groups,
  formats,
}: {
  finding: Problem
  t: TFunction<any>
  language: string
  /** The declared target groups, whose labels name a group in the message. */
  groups: readonly MixGroupOption[]
  /** The declared formats, whose labels name a format in the message. */
  formats: readonly FormatOption[]
}): string => {
  const word = (prefix: string, value: string) => translate({ key: valueKey({ prefix, value }), t })
  const anyOf = (items: string[]) => new Intl.ListFormat(language, { type: 'disjunction' }).format(items)
  const { day, days, format, formats: optimal, group, kind, requirements, counts, ...rest } =
    finding.message.vars ?? {}
  const vars: Record<string, unknown> = { ...rest }
  if (day) vars.day = word('dayName', day)
  if (days) vars.days = anyOf(days.map((value) => word('onDay', value)))
  if (format) vars.format = formatLabel({ formats, value: format, language })
  if (optimal) vars.formats = anyOf(optimal.map((value) => formatLabel({ formats, value, language })))
  if (group) vars.group = groupLabel({ groups, value: group, language })
  // A copy rule's row without a reason of its own says what its kind checks.
  if (kind && !rest.reason) vars.reason = word('copyReason', kind)
  // A format's media (formatComplete): what it takes, what the post has, durations in words.
  if (requirements) vars.required = describeRequirements({ rows: requirements, t, language })
  if (counts) {
    const items = (Object.keys(counts) as (keyof typeof counts)[])
      .filter((mediaKind) => counts[mediaKind] > 0)
      .map((mediaKind) =>
        translate({ key: valueKey({ prefix: 'mediaCount', value: mediaKind }) as never, t, vars: { count: counts[mediaKind] } }),
      )
    vars.has =
      items.length === 0
        ? translate({ key: 'mediaHasNone', t })
        : translate({ key: 'mediaHas', t, vars: { items: new Intl.ListFormat(language, { type: 'conjunction' }).format(items) } })
  }
  if (typeof rest.duration === 'number') vars.duration = durationWords({ seconds: rest.duration, language })
  if (typeof rest.limitSeconds === 'number') vars.limit = durationWords({ seconds: rest.limitSeconds, language })
  return translate({ key: finding.message.key, t, vars })
}
