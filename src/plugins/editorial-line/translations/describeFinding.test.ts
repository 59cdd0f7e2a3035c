import { initI18n } from '@payloadcms/translations'
import { describe, expect, it } from 'vitest'

import type { Problem } from '../rules/types.js'

import { qaliaFormats as formats } from '../presets/qalia/qaliaFormats.js'
import { qaliaGroups as groups } from '../presets/qalia/qaliaGroups.js'
import { describeFinding } from './describeFinding.js'
import { translations } from './index.js'

const i18nFor = (language: 'en' | 'fr') =>
  initI18n({
    // the plugin's own translations only: the messages under test need nothing of Payload's
    config: { fallbackLanguage: 'fr', supportedLanguages: translations as never, translations: {} },
    context: 'api',
    language,
  })

const outsideOfWindow: Problem = {
  path: 'publishAt',
  message: {
    key: 'timingDaysAndHours',
    vars: {
      who: 'OF — Awareness',
      days: ['tue', 'thu'],
      start: '08:30',
      end: '09:30',
      timezone: 'Europe/Paris',
      day: 'mon',
      time: '14:00',
    },
  },
}

describe('describeFinding', () => {
  it('says in French what is wrong and what would be right', async () => {
    const { t } = await i18nFor('fr')
    expect(describeFinding({ finding: outsideOfWindow, t, language: 'fr', groups, formats })).toBe(
      'Les posts « OF — Awareness » se publient le mardi ou le jeudi entre 08:30 et 09:30 (Europe/Paris) ; ce créneau tombe un lundi à 14:00.',
    )
  })

  it('and in English', async () => {
    const { t } = await i18nFor('en')
    expect(describeFinding({ finding: outsideOfWindow, t, language: 'en', groups, formats })).toBe(
      '“OF — Awareness” posts go out on Tuesday or Thursday between 08:30 and 09:30 (Europe/Paris); this slot falls on a Monday at 14:00.',
    )
  })

  it('names formats and groups in words', async () => {
    const { t } = await i18nFor('fr')
    const format: Problem = {
      path: 'format',
      message: {
        key: 'formatNotOptimal',
        vars: { format: 'interview', formats: ['text', 'carousel'], phase: 'OF — Awareness' },
      },
    }
    expect(describeFinding({ finding: format, t, language: 'fr', groups, formats })).toBe(
      'Le format Interview n’est pas optimal pour « OF — Awareness » : préférez Post texte ou Carousel éducatif.',
    )
    const mix: Problem = {
      path: 'target',
      message: { key: 'mixZero', vars: { group: 'auditeurs', month: '2026-02' } },
    }
    expect(describeFinding({ finding: mix, t, language: 'fr', groups, formats })).toBe(
      'Le plan donne 0 % des posts de 2026-02 au groupe Auditeurs : choisissez un autre mois ou une autre cible.',
    )
  })
})
