import { describe, expect, it } from 'vitest'

import { coverageGrid } from './coverageGrid.js'

describe('coverageGrid', () => {
  const targets = [
    { id: 1, name: 'OF' },
    { id: 2, name: 'Coachs' },
  ]
  const phases = [
    { id: 10, target: 1, key: 'awareness' as const, name: 'OF — Awareness', months: { from: 1, to: 3 } },
    { id: 11, target: 1, key: 'consideration' as const, name: 'OF — Consideration', months: { from: 2 } },
    { id: 20, target: 2, key: 'awareness' as const, name: 'Coachs — Awareness', months: { from: 4, to: 6 } },
  ]

  it('counts each phase, marks the phases in season and flags the empty ones', () => {
    const [of, coachs] = coverageGrid({ targets, phases, posts: { '10': 3 }, campaignMonth: 2 })
    expect(of.cells.map((cell) => [cell.key, cell.posts, cell.inSeason, cell.gap])).toEqual([
      ['awareness', 3, true, false],
      ['consideration', 0, true, true],
      ['decision', 0, false, false],
      ['retention', 0, false, false],
      ['advocacy', 0, false, false],
    ])
    expect(coachs.cells[0]).toMatchObject({ posts: 0, inSeason: false, gap: false })
    expect(coachs.cells[1].phase).toBe(null)
  })

  it('keeps an open-ended phase in season for good, and ends a bounded one after its last month', () => {
    const [of] = coverageGrid({ targets, phases, posts: {}, campaignMonth: 30 })
    expect(of.cells[0].inSeason).toBe(false)
    expect(of.cells[1].inSeason).toBe(true)
  })
})
