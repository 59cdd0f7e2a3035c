import { tzOffset, tzScan } from '@date-fns/tz'

/** From `from` (inclusive, ISO in UTC; `null` for the start of the span) on, the zone is `offset` minutes ahead of UTC. */
export type OffsetSpan = { from: null | string; offset: number }

/**
 * The UTC offsets a timezone takes within `[start, end)`, as spans in order: what a database without
 * timezones (SQLite) needs to read stored UTC instants on the zone's wall clock.
 */
export const utcOffsets = ({
  start,
  end,
  timezone,
}: {
  start: string
  end: string
  timezone: string
}): OffsetSpan[] => {
  const changes = tzScan(timezone, { start: new Date(start), end: new Date(end) })
  return [
    { from: null, offset: tzOffset(timezone, new Date(start)) },
    ...changes.map((change) => ({ from: change.date.toISOString(), offset: change.offset })),
  ]
}
