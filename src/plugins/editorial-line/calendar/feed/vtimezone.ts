import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library'

let known: Set<string> | undefined

/** Whether timezones-ical-library has the zone (it logs an error for any other it is asked about). */
export const hasVtimezone = ({ timezone }: { timezone: string }) => {
  known ??= new Set(tzlib_get_timezones() as string[])
  return known.has(timezone)
}

/**
 * The VTIMEZONE component of an IANA zone, from timezones-ical-library, or null when the library
 * does not have the zone. Its TZID is the name asked for: the library files a link under its
 * canonical zone (Europe/Amsterdam under Europe/Brussels), which events naming the link would not find.
 */
export const vtimezone = ({ timezone }: { timezone: string }): null | string => {
  if (!hasVtimezone({ timezone })) return null
  const block = tzlib_get_ical_block(timezone)
  if (!Array.isArray(block) || !block[0]) return null
  return block[0].replace(/^(TZID|X-LIC-LOCATION):.*$/gm, (_line, name: string) => `${name}:${timezone}`)
}
