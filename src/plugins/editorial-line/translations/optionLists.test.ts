import { describe, expect, it } from 'vitest'

import { enTranslations } from './languages/en.js'
import { frTranslations } from './languages/fr.js'
import * as options from './optionLists.js'

const t = (dictionary: Record<string, string>) => (key: string) => {
  const [, name] = key.split(':')
  if (!(name in dictionary)) throw new Error(`missing translation ${key}`)
  return dictionary[name]
}

describe('select options', () => {
  it('every option of every select has an English and a French label', () => {
    for (const [name, list] of Object.entries(options)) {
      if (!Array.isArray(list)) continue
      for (const option of list) {
        const labelOf = option.label as (args: { t: (key: string) => string }) => string
        const en = labelOf({ t: t(enTranslations.editorialLine) })
        const fr = labelOf({ t: t(frTranslations.editorialLine) })
        expect(en, `${name} ${option.value}`).toBeTruthy()
        expect(fr, `${name} ${option.value}`).toBeTruthy()
      }
    }
  })

  it('takes the declared formats’ labels as given, and reads the others from the translations', () => {
    const formats = options.formatOptions([
      { value: 'short-video', label: { fr: 'Vidéo courte', en: 'Short video' } },
    ])
    expect(formats).toEqual([{ value: 'short-video', label: { fr: 'Vidéo courte', en: 'Short video' } }])
    const labelOf = (label: unknown) => label as (args: { t: (key: string) => string }) => string
    const inReview = options.postStatusOptions.find((option) => option.value === 'in_review')!
    expect(labelOf(inReview.label)({ t: t(enTranslations.editorialLine) })).toBe('In review')
  })
})
