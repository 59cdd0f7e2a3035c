import { describe, expect, it } from 'vitest'

import type { DocumentLine } from './documentLine.js'

import { qaliaEditorialLine } from '../presets/qalia/qaliaEditorialLine.js'
import { diffLine } from './diffLine.js'
import { QALIA_GROUPS, storedLine } from './testing/storedLine.js'

const seeded = () => {
  let id = 0
  const line = storedLine(qaliaEditorialLine)
  for (const target of line.targets) {
    target.id = ++id
    for (const phase of target.phases) {
      phase.id = ++id
      for (const message of phase.messages) message.id = ++id
    }
  }
  return line
}

const diff = (incoming: DocumentLine, current = seeded()) =>
  diffLine({ current, incoming, defaults: qaliaEditorialLine, groups: QALIA_GROUPS })

const doc = (targets: DocumentLine['targets'], rest: Partial<DocumentLine> = {}): DocumentLine => ({
  header: {},
  verbatim: true,
  targets,
  plan: {},
  ...rest,
})

describe('diffLine', () => {
  it('compares only what the document states; the rest is absent, never written', () => {
    const result = diff(doc([{ slug: 'of', headingName: 'OF', line: 1, phases: [] }]))
    expect(result.writes).toEqual([])
    expect(result).toMatchObject({ created: 0, updated: 0 })
    expect(result.changes.filter((change) => change.collection === 'targets')).toEqual(
      ['coachs', 'auditeurs', 'certificateurs', 'ministeres'].map((key) =>
        expect.objectContaining({ action: 'absent', key }),
      ),
    )
    expect(result.changes.filter((change) => change.collection === 'phases')).toHaveLength(5)
  })

  it('updates field by field, with the whole group written', () => {
    const result = diff(
      doc([{ slug: 'auditeurs', headingName: 'Auditeurs', line: 1, gate: { fromMonth: 4 }, phases: [] }]),
    )
    expect(result.changes).toContainEqual({
      action: 'update',
      collection: 'targets',
      key: 'auditeurs',
      field: 'gate.fromMonth',
      from: 3,
      to: 4,
    })
    const write = result.writes.find((entry) => entry.kind === 'updateTarget')
    expect(write).toMatchObject({ kind: 'updateTarget', id: seeded().targets[2].id, fields: ['gate'] })
  })

  it('matches key messages by text, then by their place; new ones get their seed key', () => {
    const result = diff(
      doc([
        {
          slug: 'of',
          headingName: 'OF',
          line: 1,
          phases: [
            {
              key: 'awareness',
              line: 2,
              messages: [
                { text: 'Personne pour valider à 23h', status: 'active', line: 3 },
                { text: 'Les codes RNCP changent sans préavis', status: 'to_define', line: 4 },
                { text: 'Un message nouveau', status: 'active', line: 5 },
                { text: 'Encore un', status: 'active', line: 6 },
              ],
            },
          ],
        },
      ]),
    )
    const messages = result.changes.filter((change) => change.collection === 'messages')
    expect(messages).toEqual([
      {
        action: 'update',
        collection: 'messages',
        key: 'of.awareness.2',
        field: 'status',
        from: 'active',
        to: 'to_define',
      },
      // The first message's place, of.awareness.1, is now "Personne…": the third's seed key is free.
      { action: 'create', collection: 'messages', key: 'of.awareness.3', to: 'Un message nouveau' },
      { action: 'create', collection: 'messages', key: 'of.awareness.4', to: 'Encore un' },
      {
        action: 'absent',
        collection: 'messages',
        key: 'of.awareness.1',
        from: '40h/mois de paperasse Qualiopi. Ça vous parle ?',
      },
    ])
    expect(
      result.writes
        .filter((write) => write.kind === 'createMessage')
        .map((write) => write.kind === 'createMessage' && write.data.seedKey),
    ).toEqual([undefined, 'of.awareness.4'])
  })

  it("creates a target the line lacks from the seed's reading of it, or from the document alone", () => {
    const empty = { targets: [], mix: [], plan: {} }
    const result = diff(
      doc([
        { slug: 'ministeres', headingName: 'Ministères', line: 1, phases: [] },
        { slug: 'ecoles', headingName: 'Écoles', line: 2, phases: [{ key: 'awareness', line: 3 }] },
      ]),
      empty,
    )
    const created = result.writes
      .filter((write) => write.kind === 'createTarget')
      .map((write) => write.kind === 'createTarget' && write.data)
    expect(created[0]).toMatchObject({
      slug: 'ministeres',
      name: 'Ministères',
      gate: { activeClientsAbove: 100 },
      mixGroup: 'autres',
    })
    expect(created[1]).toMatchObject({ slug: 'ecoles', name: 'Écoles', mixGroup: 'autres' })
    expect(result.writes.find((write) => write.kind === 'createPhase')).toMatchObject({
      data: { name: 'Écoles — Awareness', order: 1, months: { from: 1 } },
    })
    // A new plan takes the seed's settings and mix.
    expect(result.writes.at(-1)).toMatchObject({
      kind: 'updatePlan',
      data: { startMonth: '2026-01', mix: qaliaEditorialLine.mix },
    })
  })

  it('changes mix rows one by one and keeps months the document leaves out', () => {
    const result = diff(
      doc([], { mix: [{ month: '2026-03', of: 70, coachs: 25, auditeurs: 5, autres: 0, line: 9 }] }),
    )
    expect(result.changes).toContainEqual({
      action: 'update',
      collection: 'editorial-plan',
      key: 'editorial-plan',
      field: 'mix.2026-03',
      from: { of: 80, coachs: 15, auditeurs: 5, autres: 0 },
      to: { of: 70, coachs: 25, auditeurs: 5, autres: 0 },
    })
    expect(
      result.changes.filter((change) => change.field?.startsWith('mix.') && change.action === 'absent'),
    ).toHaveLength(5)
    const plan = result.writes.find((write) => write.kind === 'updatePlan')
    expect(plan?.kind === 'updatePlan' && plan.data.mix?.map((row) => row.month)).toEqual(
      qaliaEditorialLine.mix.map((row) => row.month),
    )
  })
})
