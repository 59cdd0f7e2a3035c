import type { TFunction } from '@payloadcms/translations'

import type { ResultGrouping } from './resultsQuery.js'

import { pad } from '../time/pad.js'
import { type FormatOption, formatLabel } from '../posts/formats.js'
import { translate, valueKey } from '../translations/index.js'

/**
 * What a group is called in the caller's language: a target's or phase's name, a key message's
 * text, a format or weekday by its label, an hour as `08:00–09:00`.
 */
export const resultLabel = ({
  groupBy,
  key,
  names,
  t,
  formats,
  language,
}: {
  groupBy: ResultGrouping
  key: string
  names: Record<string, { name: string }>
  t: TFunction<any>
  /** The declared formats and the caller's language, which name a format. */
  formats: readonly FormatOption[]
  language: string
}): string => {
  if (key === 'none') return translate({ key: 'resultsNone', t })
  switch (groupBy) {
    case 'format':
      return formatLabel({ formats, value: key, language })
    case 'weekday':
      return translate({ key: valueKey({ prefix: 'dayName', value: key }), t })
    case 'hour':
      return `${pad(Number(key))}:00–${pad((Number(key) + 1) % 24)}:00`
    default:
      return names[key]?.name ?? key
  }
}
