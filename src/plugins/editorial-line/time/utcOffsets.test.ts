import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { localTime } from './localTime.js'
import { utcOffsets } from './utcOffsets.js'

/** The offset the spans give an instant, as the SQL built from them does. */
const offsetAt = (spans: ReturnType<typeof utcOffsets>, instant: string) =>
  [...spans].reverse().find((span) => span.from === null || instant >= span.from)!.offset

describe('utcOffsets', () => {
  it('gives Paris +60 in winter and +120 from the last Sunday of March, 01:00 UTC', () => {
    const spans = utcOffsets({
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-12-31T23:00:00.000Z',
      timezone: 'Europe/Paris',
    })
    expect(spans).toEqual([
      { from: null, offset: 60 },
      { from: '2026-03-29T01:00:00.000Z', offset: 120 },
      { from: '2026-10-25T01:00:00.000Z', offset: 60 },
    ])
  })

  it('has a single span in a zone without summer time', () => {
    expect(
      utcOffsets({
        start: '2026-01-01T00:00:00.000Z',
        end: '2027-12-31T00:00:00.000Z',
        timezone: 'Asia/Tokyo',
      }),
    ).toEqual([{ from: null, offset: 540 }])
  })

  it('puts every instant of two years on the wall clock localTime reads', () => {
    const start = '2026-01-01T00:00:00.000Z'
    const end = '2028-01-01T00:00:00.000Z'
    for (const timezone of ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Pacific/Chatham']) {
      const spans = utcOffsets({ start, end, timezone })
      fc.assert(
        fc.property(
          fc.date({ min: new Date(start), max: new Date('2027-12-31T23:59:00.000Z'), noInvalidDate: true }),
          (date) => {
            const instant = date.toISOString()
            const shifted = new Date(date.getTime() + offsetAt(spans, instant) * 60_000)
            const wall = localTime({ instant, timezone })
            expect(shifted.toISOString().slice(11, 16)).toBe(wall.time)
            expect(shifted.toISOString().slice(0, 10)).toBe(wall.day)
          },
        ),
      )
    }
  })
})
