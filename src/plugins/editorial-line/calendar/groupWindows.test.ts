import { describe, expect, it } from 'vitest'

import { groupWindows } from './groupWindows.js'

const targets = [
  {
    mixGroup: 'of' as const,
    timing: { days: ['tue' as const, 'thu' as const], start: '08:30', end: '09:30' },
  },
  { mixGroup: 'coachs' as const, timing: { days: ['sat' as const], start: '09:00', end: '11:00' } },
  { mixGroup: 'autres' as const, timing: { days: ['mon' as const], start: '08:00', end: '09:00' } },
  { mixGroup: 'autres' as const, timing: { days: ['mon' as const], start: '08:30', end: '10:00' } },
  { mixGroup: 'autres' as const, timing: { days: ['mon' as const], start: '14:00', end: '15:00' } },
]

describe('groupWindows', () => {
  it('gives the windows of the groups asked for, in their order', () => {
    expect(groupWindows({ groups: ['coachs', 'of'], targets, weekday: 'tue' })).toEqual([
      { group: 'of', intervals: [{ start: 510, end: 570 }] },
    ])
    expect(groupWindows({ groups: ['coachs', 'of'], targets, weekday: 'sat' })).toEqual([
      { group: 'coachs', intervals: [{ start: 540, end: 660 }] },
    ])
    expect(groupWindows({ groups: ['auditeurs'], targets, weekday: 'wed' })).toEqual([])
  })

  it('joins the overlapping windows of a group’s targets', () => {
    expect(groupWindows({ groups: ['autres'], targets, weekday: 'mon' })).toEqual([
      {
        group: 'autres',
        intervals: [
          { start: 480, end: 600 },
          { start: 840, end: 900 },
        ],
      },
    ])
  })
})
