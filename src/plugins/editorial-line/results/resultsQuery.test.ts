import { describe, expect, it } from 'vitest'

import { resultsQuery } from './resultsQuery.js'

describe('resultsQuery', () => {
  it('reads a range, a grouping and a format', () => {
    expect(resultsQuery({ from: '2026-01', to: '2026-06', groupBy: 'phase' })).toEqual({
      from: '2026-01',
      to: '2026-06',
      groupBy: 'phase',
      format: 'json',
    })
    expect(resultsQuery({ from: '2025-01', to: '2026-12', groupBy: 'hour', format: 'csv' })).toMatchObject({
      format: 'csv',
    })
  })

  it('names what is wrong', () => {
    expect(resultsQuery({ groupBy: 'phase' })).toEqual({ problem: 'missingMonth' })
    expect(resultsQuery({ from: '2026-13', to: '2026-06', groupBy: 'phase' })).toEqual({
      problem: 'badMonth',
    })
    expect(resultsQuery({ from: '2026-01', groupBy: 'phase' })).toEqual({ problem: 'badMonth' })
    expect(resultsQuery({ from: '2026-06', to: '2026-01', groupBy: 'phase' })).toEqual({
      problem: 'badRange',
    })
    expect(resultsQuery({ from: '2024-01', to: '2026-01', groupBy: 'phase' })).toEqual({
      problem: 'rangeTooLong',
    })
    expect(resultsQuery({ from: '2026-01', to: '2026-02' })).toEqual({ problem: 'badGroupBy' })
    expect(resultsQuery({ from: '2026-01', to: '2026-02', groupBy: 'channel' })).toEqual({
      problem: 'badGroupBy',
    })
    expect(resultsQuery({ from: '2026-01', to: '2026-02', groupBy: ['phase', 'target'] })).toEqual({
      problem: 'badGroupBy',
    })
    expect(resultsQuery({ from: '2026-01', to: '2026-02', groupBy: 'phase', format: 'xml' })).toEqual({
      problem: 'badFormat',
    })
  })
})
