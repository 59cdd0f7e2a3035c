/** An IANA timezone name that this runtime can format dates in, such as `Europe/Paris`. */
export const isTimezone = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.trim() === '') return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}
