import { initI18n } from '@payloadcms/translations'
import { describe, expect, it } from 'vitest'

import { describeTransitionRefusal } from './describeTransitionRefusal.js'
import { translations } from './index.js'

const i18nFor = (language: 'en' | 'fr') =>
  initI18n({
    config: { fallbackLanguage: 'fr', supportedLanguages: translations as never, translations: {} },
    context: 'api',
    language,
  })

describe('describeTransitionRefusal', () => {
  it('names who may make a transition, in English quotes and words', async () => {
    const { t } = await i18nFor('en')
    expect(
      describeTransitionRefusal({
        refused: { reason: 'role', roles: ['approver', 'admin'] },
        from: 'in_review',
        to: 'approved',
        t,
        language: 'en',
      }),
    ).toBe('“In review” → “Approved” is for: Approver, Admin.')
  })

  it('says where a post can go instead, in French quotes', async () => {
    const { t } = await i18nFor('fr')
    const message = describeTransitionRefusal({
      refused: { reason: 'unknown', allowed: ['in_review'] },
      from: 'draft',
      to: 'published',
      t,
      language: 'fr',
    })
    expect(message).toContain('« Brouillon » à « Publié »')
    expect(message).toContain('« En relecture »')
  })
})
