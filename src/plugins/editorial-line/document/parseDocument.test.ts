import { describe, expect, it } from 'vitest'

import { qaliaEditorialLine } from '../presets/qalia/qaliaEditorialLine.js'
import { qaliaFormats } from '../presets/qalia/qaliaFormats.js'
import { parseDocument } from './parseDocument.js'
import { customerDocument } from './testing/customerDocument.js'
import { QALIA_GROUPS } from './testing/storedLine.js'

const customer = customerDocument
const parse = (markdown: string) =>
  parseDocument({
    markdown,
    groups: QALIA_GROUPS,
    formats: qaliaFormats,
    knownTargets: qaliaEditorialLine.targets,
    startMonth: '2026-01',
  })

const read = (markdown: string) => {
  const result = parse(markdown)
  if ('problem' in result) throw new Error(JSON.stringify(result.problem))
  return result.line
}

describe('parseDocument: the customer document', () => {
  const line = read(customer)

  it('reads the header, the five targets and their phases', () => {
    expect(line.header).toMatchObject({ version: '1.0.0', updated: 'Janvier 2026' })
    expect(line.verbatim).toBe(false)
    expect(line.targets.map((target) => target.slug)).toEqual([
      'of',
      'coachs',
      'auditeurs',
      'certificateurs',
      'ministeres',
    ])
    expect(line.targets[0].phases.map((phase) => [phase.key, phase.order, phase.months])).toEqual([
      ['awareness', 1, { from: 1, to: 2 }],
      ['consideration', 2, { from: 2, to: 3 }],
      ['decision', 3, { from: 3, to: 4 }],
      ['retention', 4, { from: 4, to: 6 }],
      ['advocacy', 5, { from: 6, to: null }],
    ])
  })

  it('applies the readings: quotes, apostrophes, questions, formats, timing phrases, "(à définir)"', () => {
    const consideration = line.targets[0].phases[1]
    expect(consideration.questions).toEqual([
      'C’est quoi QALIA ?',
      'C’est fiable ?',
      'Ça remplace mon expertise ?',
    ])
    expect(consideration.formats).toEqual(['testimonial', 'short-video'])
    expect(consideration.timing).toEqual({ days: ['tue', 'thu', 'sat'], note: 'Mardi/Jeudi/Samedi' })
    expect(consideration.messages?.[0]).toMatchObject({
      text: 'L’IA comme copilote, pas pilote automatique',
      line: 57,
    })
    expect(line.targets[0].phases[3].formats).toEqual(['behind-the-scenes', 'product-news'])
    expect(line.targets[0].phases[4].messages?.[2]).toMatchObject({
      text: 'Programme de parrainage',
      status: 'to_define',
    })
  })

  it('leaves unstated what the document does not say ("même schéma que les OF")', () => {
    const coachs = line.targets[1]
    expect(coachs.name).toBeUndefined()
    expect(coachs.phases.slice(1).map((phase) => Object.keys(phase).sort())).toEqual(
      Array(4).fill(['key', 'line']),
    )
  })

  it("reads the targets' prose through the seed's readings, and their best timing", () => {
    const auditeurs = line.targets[2]
    expect(auditeurs.gate).toEqual({ fromMonth: 3 })
    expect(auditeurs.approach?.donts).toEqual(['Vendre', 'Pitcher', 'Commercialiser'])
    expect(auditeurs.timing).toEqual({ days: ['wed'], start: '10:00', end: '12:00' })
    expect(auditeurs.phases[0].priorityContent).toBe(
      '« Et si QALIA était utilisé par les OF ET les auditeurs ? »',
    )
    expect(line.targets[4].gate).toEqual({ activeClientsAbove: 100 })
  })

  it('changed prose becomes the target context', () => {
    const changed = read(
      customer.replace(
        "Timing d'introduction** : Mois 3 (teaser discret)",
        "Timing d'introduction** : Mois 4",
      ),
    )
    expect(changed.targets[2].gate).toBeUndefined()
    expect(changed.targets[2].context).toContain('Mois 4')
  })

  it('reads the monthly mix, "Jan-Fév" as two months of the campaign year', () => {
    expect(line.mix?.map(({ line: _, ...row }) => row)).toEqual(qaliaEditorialLine.mix)
    const next = read(
      customer
        .replace('| Jan-Fév |', '| Déc-Fév |')
        .replace('| Mars |', '| 2027-03 |')
        .replace('| Avril |', '| Avril 2027 |')
        .replace('| Mai |', '| Mai 2027 |')
        .replace('| Juin |', '| Juin 2027 |'),
    )
    expect(next.mix?.map((row) => row.month)).toEqual([
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
    ])
  })
})

describe('parseDocument: problems, with their line', () => {
  const problem = (markdown: string) => {
    const result = parse(markdown)
    if (!('problem' in result)) throw new Error('read without problem')
    return result.problem
  }

  it('names the line and the text at fault', () => {
    expect(problem(customer.replace('| Avril | 75% |', '| Avril | 76% |'))).toEqual({
      code: 'mixNotHundred',
      line: 215,
      column: 1,
      value: 'Avril (101 %)',
    })
    expect(problem(customer.replace('| Coachs | Samedi |', '| Coachs | Sabado |'))).toMatchObject({
      code: 'unknownWeekday',
      line: 224,
      value: 'Sabado',
    })
    expect(problem(customer.replace('(Mois 4-6)', '(Mois 6-4)'))).toMatchObject({
      code: 'monthRangeBackwards',
      line: 86,
      value: 'Mois 6-4',
    })
    expect(problem(customer.replace('| Mai |', '| Maybe |'))).toMatchObject({
      code: 'unknownMonth',
      line: 216,
    })
    expect(problem(customer.replace('| Mai | 70% |', '| Mai | 7O% |'))).toMatchObject({
      code: 'badPercent',
      line: 216,
      value: '7O%',
    })
    expect(problem(customer.replace('| 9h-11h |', '| 9h-11 heures |'))).toMatchObject({
      code: 'badHours',
      line: 224,
    })
    expect(
      problem(customer.replace('Posts texte, carousels éducatifs', 'Posts texte, hologrammes')),
    ).toMatchObject({ code: 'unknownFormat', line: 32, value: 'hologrammes' })
    expect(problem(customer.replace('### Phase 3 : DECISION', '### Phase 3 : PURCHASE'))).toMatchObject({
      code: 'unknownPhase',
      line: 65,
    })
    expect(problem(customer.replace('| Auditeurs | Mercredi |', '| Inspecteurs | Mercredi |'))).toMatchObject(
      { code: 'unknownTarget', line: 225 },
    )
    expect(problem(customer.replace('### Phase 2 : CONSIDERATION', '### Phase 2 : AWARENESS'))).toMatchObject(
      { code: 'duplicatePhase', line: 44 },
    )
    expect(
      problem(
        customer.replace(
          '## CIBLE 1 : Formateurs OF',
          '## CIBLE 1 : Formateurs OF\n\n**Messages clés** :\n- "Perdu"\n\n## Ignoré',
        ),
      ),
    ).toMatchObject({ code: 'messageOutsidePhase', line: 23 })
    expect(problem('# Rien\n\nPas de cible ici.\n')).toEqual({ code: 'noTarget', line: 1, column: 1 })
  })

  it('points into the YAML header', () => {
    // An unclosed flow sequence: the YAML parser finds it on the next line.
    expect(problem(customer.replace('version: 1.0.0', 'version: [1.0.0'))).toMatchObject({
      code: 'badHeader',
      line: 5,
    })
    expect(problem(customer.replace('version: 1.0.0', 'startMonth: mars'))).toMatchObject({
      code: 'badHeader',
      line: 4,
      value: 'startMonth: mars',
    })
    expect(problem(customer.replace('version: 1.0.0', 'timezone: Mars/Olympus'))).toMatchObject({
      code: 'badHeader',
      line: 4,
    })
  })
})
