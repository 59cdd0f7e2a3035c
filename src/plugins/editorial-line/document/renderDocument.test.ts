import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { StoredLine, StoredPhase, StoredTarget } from './documentLine.js'

import { PHASE_KEYS, WEEKDAYS } from '../constants.js'
import { qaliaFormats } from '../presets/qalia/qaliaFormats.js'
import { qaliaEditorialLine } from '../presets/qalia/qaliaEditorialLine.js'
import { diffLine } from './diffLine.js'
import { parseDocument } from './parseDocument.js'
import { renderDocument } from './renderDocument.js'
import { QALIA_GROUPS, storedLine } from './testing/storedLine.js'

const roundTrip = (line: StoredLine) => {
  const markdown = renderDocument({
    line,
    groups: QALIA_GROUPS,
    formats: qaliaFormats,
    exportedAt: '2026-12-01',
  })
  const read = parseDocument({
    markdown,
    groups: QALIA_GROUPS,
    formats: qaliaFormats,
    knownTargets: [],
    startMonth: '2026-01',
  })
  if ('problem' in read) throw new Error(`${JSON.stringify(read.problem)}\n${markdown}`)
  return {
    markdown,
    diff: diffLine({
      current: line,
      incoming: read.line,
      defaults: qaliaEditorialLine,
      groups: QALIA_GROUPS,
    }),
  }
}

describe('renderDocument', () => {
  it("writes the seeded line in the document's structure", () => {
    const { markdown, diff } = roundTrip(storedLine(qaliaEditorialLine))
    expect(markdown.startsWith('# Customer Journeys par Cible\n\n```yaml\nverbatim: true\n')).toBe(true)
    expect(markdown).toContain('## CIBLE 3 : Auditeurs')
    expect(markdown).toContain('### Phase 4 : RETENTION (Mois 4-6)')
    expect(markdown).toContain('**État client** : Client actif, utilise QALIA')
    expect(markdown).toContain(
      '| **Timing**              | Max : 4 · Note : Moins fréquent, qualité > quantité',
    )
    expect(markdown).toContain('- "Programme de parrainage" (à définir)')
    expect(markdown).toContain('| Janvier 2026 | 90%')
    expect(markdown).toContain('| of             | Mardi, Jeudi  | 08:30-09:30     |')
    expect(markdown).toContain('5. **Quel timing** ?')
    expect(diff.changes).toEqual([])
  })

  it('writes the channels and each phase’s, and reads them back', () => {
    // As the database holds them: a channel is active unless unticked.
    const channels = qaliaEditorialLine.channels!.map((channel) => ({ active: true, ...channel }))
    const line: StoredLine = { ...storedLine(qaliaEditorialLine), channels }
    const { markdown, diff } = roundTrip(line)
    expect(markdown).toContain('## Canaux')
    expect(markdown).toMatch(/\| Newsletter QALIA +\| newsletter +\| oui +\| Post texte, .* +\| — +\| Jours : mar · Heures : 07:00-08:00 · Max : 1 +\|/)
    // Format requirements (issue #27): one a line of the "Exigences" cell.
    expect(markdown).toContain('Carousel éducatif : document 1-1, pages ≤ 300<br>Carousel éducatif : image 2-20')
    expect(diff.changes).toEqual([])
    // A line whose channels differ from the document's: each difference found by slug.
    const other: StoredLine = {
      ...line,
      channels: line.channels!.map((channel) =>
        channel.slug === 'newsletter'
          ? { ...channel, maxPostsPerMonth: 2 }
          : { ...channel, formatRequirements: channel.formatRequirements!.slice(1) },
      ),
    }
    const read = parseDocument({
      markdown,
      groups: QALIA_GROUPS,
      formats: qaliaFormats,
      knownTargets: [],
      startMonth: '2026-01',
    })
    if ('problem' in read) throw new Error(JSON.stringify(read.problem))
    expect(read.line.targets[0].phases.at(-1)!.channels).toEqual(['linkedin', 'newsletter'])
    const changes = diffLine({ current: other, incoming: read.line, defaults: qaliaEditorialLine, groups: QALIA_GROUPS })
    expect(changes.changes).toEqual([
      {
        action: 'update',
        collection: 'channels',
        key: 'linkedin',
        field: 'formatRequirements',
        from: line.channels![0]!.formatRequirements!.slice(1),
        to: line.channels![0]!.formatRequirements,
      },
      { action: 'update', collection: 'channels', key: 'newsletter', field: 'maxPostsPerMonth', from: 2, to: 1 },
    ])
  })

  // Text an admin types in one line: letters, accents, digits and the punctuation Markdown cares about.
  const words = fc
    .string({
      unit: fc.constantFrom(...'aBz éÀç09 .,;:!?\'"’«»()[]{}*_#`|\\<>&%+=/~^$@-—'.split('')),
      minLength: 1,
      maxLength: 24,
    })
    .map((text) => text.trim().replace(/\s+/g, ' '))
    // Reserved by the document's form: a lone dash says "empty", a trailing "(à définir)" a status.
    .filter((text) => text !== '' && !['-', '—', '–'].includes(text))
  const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })
  const time = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
  const window = fc.option(
    fc.tuple(time, time).map(([a, b]) => (a < b ? [a, b] : [a, '24:00'])),
    { nil: undefined },
  )
  const days = fc.subarray([...WEEKDAYS])

  const phase = (key: (typeof PHASE_KEYS)[number]): fc.Arbitrary<StoredPhase> =>
    fc.record({
      key: fc.constant(key),
      name: words,
      order: fc.integer({ min: 1, max: 20 }),
      months: fc
        .integer({ min: 1, max: 12 })
        .chain((from) =>
          fc.record({ from: fc.constant(from), to: maybe(fc.integer({ min: from, max: 24 })) }),
        ),
      clientState: maybe(words),
      emotion: maybe(words),
      questions: fc.array(words, { maxLength: 3 }),
      priorityContent: maybe(words),
      formats: fc.subarray(qaliaFormats.map((format) => format.value)),
      timing: fc
        .record({
          days,
          window,
          maxPostsPerMonth: maybe(fc.integer({ min: 1, max: 30 })),
          note: maybe(words),
        })
        .map(({ window: hours, ...timing }) => ({ ...timing, start: hours?.[0], end: hours?.[1] })),
      objective: maybe(words),
      tone: maybe(words),
      messages: fc.array(
        fc.record({ text: words, status: fc.constantFrom('active' as const, 'to_define' as const) }),
        { maxLength: 4 },
      ),
    })

  const target: fc.Arbitrary<Omit<StoredTarget, 'slug'>> = fc.record({
    name: words,
    mixGroup: fc.constantFrom(...QALIA_GROUPS.map((group) => group.value)),
    context: maybe(words),
    timing: fc
      .record({ days, window })
      .map(({ days: weekdays, window: hours }) => ({ days: weekdays, start: hours?.[0], end: hours?.[1] })),
    gate: fc.record({
      fromMonth: maybe(fc.integer({ min: 1, max: 24 })),
      prerequisite: maybe(words),
      prerequisiteMet: fc.boolean(),
      activeClientsAbove: maybe(fc.integer({ min: 0, max: 1000 })),
    }),
    tone: maybe(words),
    approach: fc.record({ dos: fc.array(words, { maxLength: 3 }), donts: fc.array(words, { maxLength: 3 }) }),
    phases: fc.subarray([...PHASE_KEYS]).chain((keys) => fc.tuple(...keys.map(phase))),
  })

  const mixRow = (month: string) =>
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }).map((cuts) => {
      const [a, b, c] = [...cuts].sort((x, y) => x - y)
      return { month, of: a, coachs: b - a, auditeurs: c - b, autres: 100 - c }
    })
  const months = Array.from(
    { length: 24 },
    (_, index) => `${2026 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
  )

  const line: fc.Arbitrary<StoredLine> = fc.record({
    targets: fc
      .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6})?$/), { minLength: 1, maxLength: 4 })
      .chain((slugs) => fc.tuple(...slugs.map((slug) => target.map((rest) => ({ ...rest, slug })))))
      .map((targets) => targets as StoredTarget[]),
    mix: fc.subarray(months).chain((chosen) => fc.tuple(...chosen.map(mixRow))),
    plan: fc.record({
      startMonth: fc.constantFrom(...months),
      timezone: fc.constantFrom('Europe/Paris', 'America/Montreal', 'Indian/Reunion'),
      activeClients: fc.integer({ min: 0, max: 5000 }),
      mixTolerance: fc.integer({ min: 0, max: 50 }),
    }),
  })

  it('the generated lines are not trivial', () => {
    const samples = fc.sample(line, { numRuns: 50, seed: 1 })
    const messages = samples.flatMap((sample) =>
      sample.targets.flatMap((t) => t.phases.flatMap((p) => p.messages)),
    )
    expect(messages.length).toBeGreaterThan(50)
    expect(messages.some((message) => /[|*_\\<#`]/.test(message.text))).toBe(true)
    // A changed message is seen: the property would fail on a lossy export.
    const sample = samples.find((candidate) => candidate.targets[0].phases[0]?.messages.length)!
    const changed = structuredClone(sample)
    changed.targets[0].phases[0].messages[0].text += ' !'
    const markdown = renderDocument({
      line: changed,
      groups: QALIA_GROUPS,
      formats: qaliaFormats,
      exportedAt: '2026-12-01',
    })
    const read = parseDocument({
      markdown,
      groups: QALIA_GROUPS,
      formats: qaliaFormats,
      knownTargets: [],
      startMonth: '2026-01',
    })
    if ('problem' in read) throw new Error(JSON.stringify(read.problem))
    const diff = diffLine({
      current: sample,
      incoming: read.line,
      defaults: qaliaEditorialLine,
      groups: QALIA_GROUPS,
    })
    expect(diff.changes.filter((change) => change.action !== 'absent').length).toBeGreaterThan(0)
  })

  it('any line the admin can build survives export then import', () => {
    fc.assert(
      fc.property(line, (generated) => {
        expect(roundTrip(generated).diff.changes).toEqual([])
      }),
      { numRuns: 100 },
    )
  }, 300_000)
})
