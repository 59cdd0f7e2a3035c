import type { TFunction } from '@payloadcms/translations'

import type { FormatRequirement, MediaKind } from '../rules/types.js'

import { durationWords } from '../time/durationWords.js'
import { type EditorialLineTranslationKey, translate, valueKey } from './index.js'

/**
 * A format's alternatives in words, joined with "or": "un PDF de 300 pages au plus ou 2 à 20 images",
 * "une vidéo de 3 s à 10 min", "une image, un PDF ou une vidéo au plus".
 */
export const describeRequirements = ({
  rows,
  t,
  language,
}: {
  rows: FormatRequirement[]
  t: TFunction<any>
  language: string
}): string => {
  const anyOf = (items: string[]) => new Intl.ListFormat(language, { type: 'disjunction' }).format(items)
  const nouns = (kinds: MediaKind[], count: number) =>
    anyOf(
      kinds.map((kind) =>
        translate({ key: valueKey({ prefix: 'requirementNoun', value: kind }) as never, t, vars: { count } }),
      ),
    )
  const seconds = (value: number) => durationWords({ seconds: value, language })
  return anyOf(
    rows.map((row) => {
      let text =
        row.max === 0
          ? translate({ key: 'requirementNone', t })
          : row.min === row.max
            ? translate({ key: 'requirementExactly', t, vars: { items: nouns(row.kinds, row.max) } })
            : row.min === 0
              ? translate({ key: 'requirementAtMost', t, vars: { items: nouns(row.kinds, row.max) } })
              : translate({ key: 'requirementBetween', t, vars: { min: row.min, items: nouns(row.kinds, row.max) } })
      // A limit is said only where the row takes files it applies to.
      if (row.maxPages != null && row.kinds.includes('document'))
        text = translate({ key: 'requirementPages', t, vars: { text, max: row.maxPages } })
      if (row.kinds.includes('video')) {
        const key: EditorialLineTranslationKey | null =
          row.minSeconds != null && row.maxSeconds != null
            ? 'requirementSeconds'
            : row.minSeconds != null
              ? 'requirementSecondsAtLeast'
              : row.maxSeconds != null
                ? 'requirementSecondsAtMost'
                : null
        if (key)
          text = translate({
            key,
            t,
            vars: {
              text,
              min: row.minSeconds != null ? seconds(row.minSeconds) : undefined,
              max: row.maxSeconds != null ? seconds(row.maxSeconds) : undefined,
            },
          })
      }
      return text
    }),
  )
}
