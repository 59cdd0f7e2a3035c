import type { TFunction } from '@payloadcms/translations'

import type { MixGroupOption } from '../mix/groups.js'
import type { Problem, RuleMessageKey } from '../rules/types.js'

import { groupLabel } from '../mix/groups.js'
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
  const { day, days, format, formats: optimal, group, kind, ...rest } = finding.message.vars ?? {}
  const vars: Record<string, unknown> = { ...rest }
  if (day) vars.day = word('dayName', day)
  if (days) vars.days = anyOf(days.map((value) => word('onDay', value)))
  if (format) vars.format = formatLabel({ formats, value: format, language })
  if (optimal) vars.formats = anyOf(optimal.map((value) => formatLabel({ formats, value, language })))
  if (group) vars.group = groupLabel({ groups, value: group, language })
  // A copy rule's row without a reason of its own says what its kind checks.
  if (kind && !rest.reason) vars.reason = word('copyReason', kind)
  return translate({ key: finding.message.key, t, vars })
}
