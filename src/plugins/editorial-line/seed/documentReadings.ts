import type { Format, Weekday } from '../constants.js'
import type { CopyRuleSeed, PhaseSeed, TimingSeed } from './editorialLineData.js'

import { qaliaCopyRules } from '../presets/qalia/qaliaCopyRules.js'

/**
 * The readings of the customer's document: where `customer-journeys-qalia.md` says something in
 * words that the line stores as data, this file says how it is read. The seed
 * (`qaliaEditorialLine`) is written with them and the document importer applies them, so that the
 * document and the seeded line say the same thing (`tests/integration/document.test.ts` checks it).
 * An exported document marks itself `verbatim: true` in its header: it is read as written, with none
 * of the readings below but the vocabulary (weekday, month and format names).
 */

export const EVERY_DAY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

/**
 * A phase's "Timing" cell, as the document words it, read as a timing. A phrase not listed here is
 * kept as the phase's timing note, with no days or hours of its own (the target's window applies),
 * unless it is written the way an export writes timings (`Jours : … · Heures : …`).
 */
export const timingPhrases: Record<string, Omit<TimingSeed, 'note'>> = {
  // The OF window itself: the phase keeps its target's days and hours.
  'Mardi/Jeudi 8h30 (avant formations)': {},
  // "Tue, Thu, Sat; target hours": the days are the phase's own, the hours the target's.
  'Mardi/Jeudi/Samedi': { days: ['tue', 'thu', 'sat'] },
  'Tout jour, réactivité importante': { days: EVERY_DAY, start: '00:00', end: '24:00' },
  // "moins fréquent" becomes at most 4 posts per calendar month.
  'Moins fréquent, qualité > quantité': { maxPostsPerMonth: 4 },
  // Events can fall on any day; the hours stay the target's.
  'Événements, moments clés': { days: EVERY_DAY },
  'Weekend (plus disponibles)': { days: ['sat', 'sun'] },
}

/** The timing a phrase of the document stands for, its words kept as the note. */
export const timingFromPhrase = (phrase: string): TimingSeed => ({
  ...(timingPhrases[phrase] ?? {}),
  note: phrase,
})

/** Weekday names as the document writes them (French, English accepted too). */
export const weekdayNames: Record<string, Weekday> = {
  lundi: 'mon',
  mardi: 'tue',
  mercredi: 'wed',
  jeudi: 'thu',
  vendredi: 'fri',
  samedi: 'sat',
  dimanche: 'sun',
  monday: 'mon',
  tuesday: 'tue',
  wednesday: 'wed',
  thursday: 'thu',
  friday: 'fri',
  saturday: 'sat',
  sunday: 'sun',
}

/** Short weekday names an export writes in its timings (`Jours : mar, jeu`). */
export const weekdayShortNames: Record<Weekday, string> = {
  mon: 'lun',
  tue: 'mar',
  wed: 'mer',
  thu: 'jeu',
  fri: 'ven',
  sat: 'sam',
  sun: 'dim',
}

/** Month names as the document writes them, full or shortened ("Jan-Fév"), French or English. */
export const monthNames: Record<string, number> = {
  janvier: 1,
  jan: 1,
  janv: 1,
  january: 1,
  fevrier: 2,
  fev: 2,
  feb: 2,
  february: 2,
  mars: 3,
  mar: 3,
  march: 3,
  avril: 4,
  avr: 4,
  apr: 4,
  april: 4,
  mai: 5,
  may: 5,
  juin: 6,
  jun: 6,
  june: 6,
  juillet: 7,
  juil: 7,
  jul: 7,
  july: 7,
  aout: 8,
  aug: 8,
  august: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  september: 9,
  octobre: 10,
  oct: 10,
  october: 10,
  novembre: 11,
  nov: 11,
  november: 11,
  decembre: 12,
  dec: 12,
  december: 12,
}

/**
 * Formats as the document names them ("Posts texte, carousels éducatifs"): each name, folded (see
 * `foldWords`), against the vocabulary's French and English labels. Names the labels do not give:
 */
export const formatSynonyms: Record<string, Format> = {
  'behind the scene': 'behind-the-scenes',
  coulisse: 'behind-the-scenes',
  'post behind the scene': 'behind-the-scenes',
}

/** Lowercase, no accents, no plural `s`, without a leading "post(s)": "Posts texte" → "texte". */
export const foldWords = (text: string): string => {
  const words = text
    .replaceAll('’', "'")
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (word.length > 2 && word.endsWith('s') ? word.slice(0, -1) : word))
  return (words[0] === 'post' && words.length > 1 ? words.slice(1) : words).join(' ')
}

/** Typewriter apostrophes of a hand-written document read as the typographic one the line uses. */
export const typographic = (text: string): string => text.replaceAll("'", '’')

/**
 * "Questions" as the document writes them: one quoted cell, several questions each ending in "?".
 * `"C'est quoi QALIA ? C'est fiable ?"` is two questions.
 */
export const splitQuestions = (text: string): string[] =>
  text
    .split('?')
    .map((part, index, parts) => (index < parts.length - 1 ? `${part.trim()} ?` : part.trim()))
    .filter((part) => part !== '' && part !== '?')

/** A key message the document marks "(à définir)" is stored with the status "to define". */
export const TO_DEFINE_MARK = '(à définir)'

/**
 * A target heading such as "Auditeurs (Future — Mois 3+)": the name, and the campaign month from
 * which it may be addressed (its gate). "Future — Long terme" has no month.
 */
export const FUTURE_MARK = 'Future'

/**
 * Target names the document writes, read as the line's target: "CIBLE 2 : Coachs Individuels" is the
 * seeded `coachs` target, whatever the case of its words.
 */
export const foldName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

/** The slug a new target gets from its name: "Ministères" → "ministeres". */
export const slugFromName = (name: string): string =>
  foldName(name)
    .replace(/\(.*\)/g, '')
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** A target's fields that the document gives in prose rather than in its tables. */
export type TargetProseFields = {
  context?: string
  gate?: { fromMonth?: number; prerequisite?: string; prerequisiteMet?: boolean; activeClientsAbove?: number }
  tone?: string
  approach?: { dos: string[]; donts: string[] }
  copyRules?: CopyRuleSeed[]
}

/**
 * How the prose of each target of the customer's document is read: the words as the document has
 * them (the heading's "(Future — …)", its "Approche spécifique", "Différences vs OF", "Timing
 * d'introduction" …, one line each), and the fields they become. When a new version of the
 * document changes a target's prose, its words become the target's context, and an admin adjusts
 * the rest.
 */
export const targetProse: Record<
  string,
  {
    words: string
    fields: TargetProseFields
    /** The phases this prose stands for, for a target whose block gives no journey phases. */
    phases?: PhaseSeed[]
  }
> = {
  coachs: {
    words: [
      'Différences vs OF :',
      'Moins de contraintes Qualiopi (souvent non certifiés) ; Besoin plus axé sur structuration et crédibilité ; Plus ouverts à l’innovation',
      'Suivent le même schéma que les OF, avec adaptation du message :',
      'Moins focus Qualiopi, plus focus structuration ; Moins focus audit, plus focus clients ; Même philosophie copilote',
    ].join('\n'),
    fields: {
      context:
        'Différences vs OF : moins de contraintes Qualiopi (souvent non certifiés) ; besoin plus axé sur structuration et crédibilité ; plus ouverts à l’innovation.',
      approach: {
        dos: ['Plus focus structuration', 'Plus focus clients', 'Même philosophie copilote'],
        donts: ['Focus Qualiopi', 'Focus audit'],
      },
    },
  },
  auditeurs: {
    words: [
      '(Future — Mois 3+)',
      'NE PAS : Vendre, pitcher, commercialiser',
      'FAIRE : Montrer la valeur système, l’intérêt mutuel',
      'Timing d’introduction : Mois 3 (teaser discret)',
    ].join('\n'),
    fields: {
      context: 'Cible future. Timing d’introduction : mois 3 (teaser discret).',
      gate: { fromMonth: 3 },
      approach: {
        dos: ['Montrer la valeur système', 'Montrer l’intérêt mutuel'],
        donts: ['Vendre', 'Pitcher', 'Commercialiser'],
      },
      copyRules: qaliaCopyRules.auditeurs,
    },
  },
  certificateurs: {
    words: ['(Future — Mois 5+)', 'Timing d’introduction : Après premiers retours auditeurs positifs'].join(
      '\n',
    ),
    fields: {
      context: 'Cible future (mois 5+). Timing d’introduction : après premiers retours auditeurs positifs.',
      gate: { fromMonth: 5, prerequisite: 'Premiers retours auditeurs positifs', prerequisiteMet: false },
      copyRules: qaliaCopyRules.certificateurs,
    },
  },
  ministeres: {
    words: [
      '(Future — Long terme)',
      '"Un outil officiel pour le ministère" = VISION, pas réalité actuelle',
      'Prérequis : Base clients solide, preuves terrain',
      'Approche : Institutionnelle, données, impact',
      'Ton : Formel, chiffres, études',
      'Timing : Quand base > 100 clients actifs',
    ].join('\n'),
    fields: {
      context:
        'Cible future (long terme). Prérequis : base clients solide, preuves terrain. Timing : quand base > 100 clients actifs.',
      gate: { activeClientsAbove: 100 },
      tone: 'Formel, chiffres, études',
      approach: {
        dos: ['Approche institutionnelle : données, impact'],
        donts: [
          'Présenter « un outil officiel pour le ministère » comme une réalité : c’est une VISION, pas la réalité actuelle',
        ],
      },
      copyRules: qaliaCopyRules.ministeres,
    },
    // reading: the document gives this target no journey, only one block (approach, tone,
    // prerequisites, timing): one phase holds it, so that once the plan counts more than 100 active
    // clients a post can pass every control point. Its messages restate the block's content.
    phases: [
      {
        key: 'awareness',
        name: 'Ministères — Awareness',
        order: 1,
        // The gate is the active clients' count, not a campaign month.
        months: { from: 1 },
        clientState: 'Prérequis : base clients solide, preuves terrain',
        priorityContent: 'Approche institutionnelle : données, impact',
        tone: 'Formel, chiffres, études',
        timing: { note: 'Quand base > 100 clients actifs' },
        objective:
          'Partager la vision « un outil officiel pour le ministère », présentée comme une vision, pas comme la réalité actuelle',
        messages: [
          { key: 'ministeres.awareness.1', text: 'Des données et un impact mesurés sur le terrain' },
          {
            key: 'ministeres.awareness.2',
            text: 'Preuves terrain : les chiffres et les études d’une base clients solide',
          },
        ],
      },
    ],
  },
}

/** The fields a target's prose stands for (see `targetProse`). */
export const fieldsFromProse = ({ slug, words }: { slug: string; words: string }): TargetProseFields => {
  const reading = targetProse[slug]
  const same = (text: string) =>
    typographic(text)
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
  if (reading && same(reading.words) === same(words)) return reading.fields
  return { context: typographic(words) }
}

/**
 * The phases a target's prose stands for when its block gives no journey phases (Ministères): the
 * same reading as `fieldsFromProse`, so that the seed and the importer agree. None otherwise.
 */
export const phasesFromProse = ({ slug, words }: { slug: string; words: string }): PhaseSeed[] => {
  const reading = targetProse[slug]
  if (!reading?.phases || fieldsFromProse({ slug, words }) !== reading.fields) return []
  return reading.phases
}
