import ICAL from 'ical.js'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { hasVtimezone, vtimezone } from './vtimezone.js'

/** The instant a calendar client gives a wall-clock time of the zone the component describes. */
const instantOf = ({ component, local }: { component: string; local: string }) => {
  const zone = new ICAL.Timezone(ICAL.Component.fromString(component))
  const time = ICAL.Time.fromDateTimeString(local)
  time.zone = zone
  return time.toJSDate().toISOString()
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('vtimezone', () => {
  it('gives Paris its winter and summer time, which a client reads back', () => {
    const component = vtimezone({ timezone: 'Europe/Paris' })!
    const lines = component.split('\r\n')
    expect(lines[0]).toBe('BEGIN:VTIMEZONE')
    expect(lines).toContain('TZID:Europe/Paris')
    expect(lines.at(-1)).toBe('END:VTIMEZONE')
    expect(lines).toContain('BEGIN:STANDARD')
    expect(lines).toContain('BEGIN:DAYLIGHT')
    expect(instantOf({ component, local: '2026-01-15T09:00:00' })).toBe('2026-01-15T08:00:00.000Z')
    expect(instantOf({ component, local: '2026-07-15T09:00:00' })).toBe('2026-07-15T07:00:00.000Z')
  })

  it('gives a zone without summer time one standard observance', () => {
    const component = vtimezone({ timezone: 'Asia/Tokyo' })!
    expect(component.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:STANDARD'])
    expect(instantOf({ component, local: '2026-07-15T09:00:00' })).toBe('2026-07-15T00:00:00.000Z')
  })

  it('names a link as asked, not after the zone the library files it under', () => {
    // timezones-ical-library answers Europe/Amsterdam with Europe/Brussels' component.
    const component = vtimezone({ timezone: 'Europe/Amsterdam' })!
    expect(component).toContain('TZID:Europe/Amsterdam\r\n')
    expect(component).toContain('X-LIC-LOCATION:Europe/Amsterdam\r\n')
    expect(component).not.toContain('Brussels')
    expect(instantOf({ component, local: '2026-07-15T09:00:00' })).toBe('2026-07-15T07:00:00.000Z')
  })

  it('has nothing for a zone the library does not know, and says so without logging', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(hasVtimezone({ timezone: 'Mars/Olympus' })).toBe(false)
    expect(vtimezone({ timezone: 'Mars/Olympus' })).toBeNull()
    expect(vtimezone({ timezone: '' })).toBeNull()
    expect(logged).not.toHaveBeenCalled()
    expect(hasVtimezone({ timezone: 'America/New_York' })).toBe(true)
  })
})
