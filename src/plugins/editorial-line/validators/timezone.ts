/** Names already answered: building an `Intl.DateTimeFormat` costs about half a millisecond. */
const known = new Map<string, boolean>()

/** An IANA timezone name that this runtime can format dates in, such as `Europe/Paris`. */
export const isTimezone = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.trim() === '') return false
  const answer = known.get(value)
  if (answer !== undefined) return answer
  let valid: boolean
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    valid = true
  } catch {
    valid = false
  }
  // Bounded: hostile input must not grow it without end.
  if (known.size < 1000) known.set(value, valid)
  return valid
}
