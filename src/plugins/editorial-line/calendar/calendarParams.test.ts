import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { parseCalendarParams } from './calendarParams.js'

const today = '2026-11-26'

describe('parseCalendarParams', () => {
  it('reads a view and a date', () => {
    expect(parseCalendarParams({ view: 'week', date: '2026-03-10', today })).toEqual({
      view: 'week',
      date: '2026-03-10',
      notices: [],
    })
  })

  it('shows the month of today by default', () => {
    expect(parseCalendarParams({ today })).toEqual({ view: 'month', date: today, notices: [] })
    expect(parseCalendarParams({ view: '', date: '', today })).toEqual({
      view: 'month',
      date: today,
      notices: [],
    })
  })

  it('reads a channel the line has, and falls back on every channel for another, saying so', () => {
    const channels = ['linkedin', 'newsletter']
    expect(parseCalendarParams({ channel: 'newsletter', channels, today }).channel).toBe('newsletter')
    expect(parseCalendarParams({ channel: '', channels, today })).toEqual({
      view: 'month',
      date: today,
      notices: [],
    })
    const unknown = parseCalendarParams({ channel: 'radio', channels, today })
    expect(unknown.channel).toBeUndefined()
    expect(unknown.notices).toEqual([{ problem: 'badChannel', value: 'radio' }])
    expect(parseCalendarParams({ channel: ['linkedin', 'newsletter'], channels, today }).notices).toEqual([
      { problem: 'badChannel', value: 'linkedin, newsletter' },
    ])
  })

  it('falls back on what it cannot read, saying so', () => {
    expect(parseCalendarParams({ view: 'year', date: '2026-02-30', today })).toEqual({
      view: 'month',
      date: today,
      notices: [
        { problem: 'badView', value: 'year' },
        { problem: 'badDate', value: '2026-02-30' },
      ],
    })
    expect(parseCalendarParams({ view: ['week', 'month'], date: '2026-03-10', today })).toEqual({
      view: 'month',
      date: '2026-03-10',
      notices: [{ problem: 'badView', value: 'week, month' }],
    })
  })

  it('never throws, and always answers a view and a real day', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (view, date) => {
        const params = parseCalendarParams({ view, date, today })
        expect(['month', 'week']).toContain(params.view)
        expect(params.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      }),
    )
  })
})
