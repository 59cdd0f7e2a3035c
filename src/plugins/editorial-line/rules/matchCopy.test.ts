import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { copyTerms } from './copyTerms.js'
import { matchCopy } from './matchCopy.js'
import { parseCopy } from './parseCopy.js'

const forbid = (text: string, terms: string) =>
  matchCopy({ parsed: parseCopy({ text }), kind: 'forbid', terms: copyTerms({ text: terms }).terms })
const formal = (text: string) => matchCopy({ parsed: parseCopy({ text }), kind: 'formal', terms: [] })
const spelling = (text: string, terms: string) =>
  matchCopy({ parsed: parseCopy({ text }), kind: 'spelling', terms: copyTerms({ text: terms }).terms })

const SALES = ['prix', 'tarif', '€', 'offre', 'remise', 'essai gratuit', 'acheter', 'devis', '297']
/** French words that are none of the terms and start none of the prefixes (abonn*, promo*). */
const FILLER = [
  'le',
  'la',
  'les',
  'des',
  'un',
  'une',
  'formation',
  'qualité',
  'audit',
  'vous',
  'toute',
  'tourner',
  'tableau',
  'équipe',
  'référentiel',
  'nous',
  'avec',
  'pour',
  'dans',
  'certification',
  'indicateurs',
  'preuves',
  'été',
  'à',
  'ça',
  'processus',
  'organisme',
  'écoute',
  'journée',
  'tonalité',
  'test',
  'prixfixe',
  'offres',
  'essai',
  'gratuité',
  'devise',
  'tarifaire',
  'totem',
  'tutelle',
  'taux',
]
const SEPARATORS = [' ', '  ', ', ', '. ', ' ; ', '\n', ' – ']
const ACCENTED: Record<string, string[]> = {
  a: ['à', 'â'],
  e: ['é', 'è', 'ê'],
  i: ['î'],
  o: ['ô'],
  u: ['ù', 'û'],
}

/** French-like text: filler words and separators. */
const fillerText = fc
  .array(fc.tuple(fc.constantFrom(...FILLER), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((pairs) => pairs.map(([word, separator]) => word + separator).join(''))

/** A term written as a writer might: any casing, accents added or not, its words one or more spaces apart. */
const writtenAs = (term: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: term.length, maxLength: term.length }),
      fc.array(fc.nat(), { minLength: term.length, maxLength: term.length }),
      fc.constantFrom(' ', '  ', ' \n'),
    )
    .map(([upper, accent, space]) =>
      [...term]
        .map((char, index) => {
          const accents = ACCENTED[char]
          const chosen =
            accents && accent[index]! % 2 === 0 ? accents[accent[index]! % accents.length]! : char
          return upper[index] ? chosen.toUpperCase() : chosen
        })
        .join('')
        .replaceAll(' ', space),
    )

describe('matchCopy (forbid)', () => {
  it('finds a forbidden term anywhere in French text, in any casing and accents, where it stands', () => {
    fc.assert(
      fc.property(
        fillerText,
        fillerText,
        fc.constantFrom(...SALES).chain((term) => fc.tuple(fc.constant(term), writtenAs(term))),
        fc.constantFrom('', 'l’', "l'", 'd’'),
        (before, after, [term, written], elision) => {
          const text = `${before} ${elision}${written} ${after}`
          const start = before.length + 1 + elision.length
          const found = forbid(text, SALES.join('\n'))
          expect(found).toContainEqual(
            expect.objectContaining({ term, start, end: start + written.length, found: written }),
          )
        },
      ),
    )
  })

  it('finds nothing in text made only of words that are not terms', () => {
    fc.assert(
      fc.property(fillerText, (text) => {
        expect(forbid(text, [...SALES, 'abonn*', 'promo*'].join('\n'))).toEqual([])
      }),
    )
  })

  it('matches whole words: "prix" finds "Prix" and "PRIX", not "prixfixe"', () => {
    expect(forbid('Prix, PRIX et prixfixe', 'prix').map((match) => match.found)).toEqual(['Prix', 'PRIX'])
  })

  it('finds a phrase across any white space, not across punctuation', () => {
    expect(forbid('Essai  gratuit ! Essai, gratuit.', 'essai gratuit').map((m) => m.found)).toEqual([
      'Essai  gratuit',
    ])
  })

  it('reads elisions: "l’offre" finds "offre", and a term written "l’offre" finds it too', () => {
    expect(forbid("Découvrez l'offre", 'offre')).toMatchObject([{ found: 'offre', start: 12 }])
    expect(forbid('Découvrez l’offre', 'l’offre')).toMatchObject([{ found: 'l’offre', start: 10 }])
  })

  it('reads a final * as the forms of a word', () => {
    expect(forbid('Abonnez-vous ! Un abonnement, pas un abandon.', 'abonn*').map((m) => m.found)).toEqual([
      'Abonnez-vous',
      'abonnement',
    ])
  })

  it('finds prices: "297" and "€" in "297€/mois", not "2970"', () => {
    expect(forbid('297€/mois ou 2970 ?', '297\n€').map((m) => m.found)).toEqual(['297', '€'])
  })

  it('gives the words around a finding', () => {
    const [match] = forbid(
      'Un, deux, trois, quatre, cinq : essai gratuit pour six, sept, huit, neuf et dix',
      'essai gratuit',
    )
    expect(match!.context).toBe('… deux, trois, quatre, cinq : essai gratuit pour six, sept, huit …')
  })
})

describe('matchCopy (formal)', () => {
  it('finds "tu", "toi", "te", "ton", "ta", "tes" and an elided "t’"', () => {
    const text = 'Tu sais, toi, on te montre ton audit, ta preuve, tes indicateurs : on t’aide.'
    expect(formal(text).map((match) => match.term)).toEqual(['tu', 'toi', 'te', 'ton', 'ta', 'tes', 't’'])
  })

  it('never flags "vous", "toute", "tourner", "ta" inside "tableau", nor the noun "le ton"', () => {
    fc.assert(
      fc.property(fillerText, (text) => {
        expect(formal(`${text} Le ton de vos posts. ${text}`)).toEqual([])
      }),
    )
  })
})

describe('matchCopy (spelling)', () => {
  it('finds every other casing, accenting or spacing of a name, naming the right one', () => {
    const text = 'QALIA, Qalia, qa lia, QALIA’s ; Qualiopi, QUALIOPI, Quali-opi, Qualiopisme.'
    expect(spelling(text, 'QALIA\nQualiopi').map((match) => [match.term, match.found])).toEqual([
      ['QALIA', 'Qalia'],
      ['QALIA', 'qa lia'],
      ['Qualiopi', 'QUALIOPI'],
      ['Qualiopi', 'Quali-opi'],
    ])
  })
})

describe('copyTerms', () => {
  it('refuses an empty term, a term of punctuation, a lone or inner *, too many terms', () => {
    expect(copyTerms({ text: 'prix\n\ntarif' }).problem).toEqual({ key: 'copyTermEmpty', vars: { line: 2 } })
    expect(copyTerms({ text: 'prix\n?!…' }).problem).toMatchObject({
      key: 'copyTermNoWord',
      vars: { line: 2 },
    })
    expect(copyTerms({ text: '*' }).problem).toMatchObject({ key: 'copyTermNoWord' })
    expect(copyTerms({ text: 'ab*c' }).problem).toMatchObject({ key: 'copyTermNoWord' })
    const many = Array.from({ length: 1000 }, (_, index) => `mot${index}`).join('\n')
    expect(copyTerms({ text: many }).problem).toMatchObject({
      key: 'copyTermsTooMany',
      vars: { count: 1000 },
    })
    expect(copyTerms({ text: 'x'.repeat(1_000_000) }).problem).toMatchObject({ key: 'copyTermsTooLong' })
  })

  it('reads terms one a line, blank lines around them ignored', () => {
    expect(copyTerms({ text: '\n Prix \nessai  gratuit\nabonn*\n\n' })).toEqual({
      terms: [
        { written: 'Prix', words: ['prix'], prefix: false },
        { written: 'essai  gratuit', words: ['essai', 'gratuit'], prefix: false },
        { written: 'abonn*', words: ['abonn'], prefix: true },
      ],
    })
  })
})

describe('matchCopy (terms sharing a phrase)', () => {
  it('reports each term that finds a word: "abonnement" and "abonn*" both find "abonnement"', () => {
    expect(forbid('Un abonnement.', 'abonnement\nabonn*').map((match) => match.term)).toEqual([
      'abonnement',
      'abonn*',
    ])
  })
})
