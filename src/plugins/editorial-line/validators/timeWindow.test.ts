import { describe, expect, it } from 'vitest'

import { timeWindowProblem } from './timeWindow.js'

describe('timeWindowProblem', () => {
  it('accepts no hours at all', () => {
    expect(timeWindowProblem({})).toBeNull()
    expect(timeWindowProblem({ start: '', end: null })).toBeNull()
  })

  it('accepts a valid range, including up to the end of the day', () => {
    expect(timeWindowProblem({ start: '08:30', end: '09:30' })).toBeNull()
    expect(timeWindowProblem({ start: '00:00', end: '24:00' })).toBeNull()
  })

  it('names a malformed start or end', () => {
    expect(timeWindowProblem({ start: '8h30', end: '09:30' })).toBe('invalidTime')
    expect(timeWindowProblem({ start: '24:00', end: '24:00' })).toBe('invalidTime')
    expect(timeWindowProblem({ start: '08:30', end: '9h30' })).toBe('invalidEndTime')
  })

  it('wants both ends or neither', () => {
    expect(timeWindowProblem({ start: '08:30' })).toBe('startAndEndTogether')
    expect(timeWindowProblem({ end: '09:30' })).toBe('startAndEndTogether')
  })

  it('wants the end strictly after the start', () => {
    expect(timeWindowProblem({ start: '09:30', end: '09:30' })).toBe('endAfterStart')
    expect(timeWindowProblem({ start: '10:00', end: '09:30' })).toBe('endAfterStart')
  })
})
