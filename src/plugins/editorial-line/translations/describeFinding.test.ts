import { initI18n } from '@payloadcms/translations'
import { describe, expect, it } from 'vitest'

import type { Problem } from '../rules/types.js'

import { linkedinFormatRequirements } from '../presets/qalia/qaliaChannels.js'
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

  it('says what a format takes on a channel and what the post has, in French and English', async () => {
    const carousel: Problem = {
      path: 'media',
      message: {
        key: 'formatMediaMismatch',
        vars: {
          channel: 'LinkedIn',
          format: 'carousel',
          requirements: linkedinFormatRequirements.filter((row) => row.format === 'carousel'),
          counts: { image: 1, document: 0, video: 0 },
        },
      },
    }
    const fr = (await i18nFor('fr')).t
    const en = (await i18nFor('en')).t
    expect(describeFinding({ finding: carousel, t: fr, language: 'fr', groups, formats })).toBe(
      'Carousel éducatif sur LinkedIn : un PDF de 300 pages au plus ou 2 à 20 images — ce post a 1 image.',
    )
    expect(describeFinding({ finding: carousel, t: en, language: 'en', groups, formats })).toBe(
      'Educational carousel on LinkedIn: one PDF of at most 300 pages or 2 to 20 images — this post has 1 image.',
    )
    const video: Problem = {
      path: 'media',
      message: {
        key: 'formatMediaMismatch',
        vars: {
          channel: 'LinkedIn',
          format: 'short-video',
          requirements: linkedinFormatRequirements.filter((row) => row.format === 'short-video'),
          counts: { image: 0, document: 0, video: 2 },
        },
      },
    }
    expect(describeFinding({ finding: video, t: fr, language: 'fr', groups, formats })).toBe(
      'Vidéo courte sur LinkedIn : une vidéo de 3 s à 10 min — ce post a 2 vidéos.',
    )
    const testimonial: Problem = {
      path: 'media',
      message: {
        key: 'formatMediaMismatch',
        vars: {
          channel: 'LinkedIn',
          format: 'testimonial',
          requirements: linkedinFormatRequirements.filter((row) => row.format === 'testimonial'),
          counts: { image: 1, document: 1, video: 0 },
        },
      },
    }
    expect(describeFinding({ finding: testimonial, t: en, language: 'en', groups, formats })).toBe(
      'Anonymised testimonial on LinkedIn: at most one image, one PDF, or one video — this post has 1 image and 1 PDF.',
    )
  })

  it('names a file out of its limits with its duration in words, and an image without alt text', async () => {
    const { t } = await i18nFor('fr')
    expect(
      describeFinding({
        finding: {
          path: 'media',
          message: {
            key: 'mediaTooShort',
            vars: { channel: 'LinkedIn', format: 'short-video', position: 1, duration: 2.5, limitSeconds: 3 },
          },
        },
        t,
        language: 'fr',
        groups,
        formats,
      }),
    ).toBe('Vidéo courte sur LinkedIn : la vidéo (fichier 1) dure 2,5 s ; 3 s au moins.')
    expect(
      describeFinding({
        finding: { path: 'media', message: { key: 'mediaAltMissing', vars: { position: 2, filename: 'slide.png' } } },
        t,
        language: 'fr',
        groups,
        formats,
      }),
    ).toBe(
      'L’image 2 (slide.png) n’a pas de texte alternatif : les lecteurs d’écran le lisent à qui ne voit pas l’image.',
    )
  })
})
