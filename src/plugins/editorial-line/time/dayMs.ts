/** Milliseconds in a day of 24 hours: for spans of time, never for calendar days (see `addDays`). */
export const DAY_MS = 86_400_000
