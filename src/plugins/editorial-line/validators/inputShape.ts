/** A document id as the database expects it: a positive integer (SQLite, PostgreSQL) or a non-empty string (MongoDB). */
export const isIdLike = ({ value, idType }: { value: unknown; idType: 'number' | 'text' }): boolean =>
  idType === 'number'
    ? (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) ||
      (typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value))
    : typeof value === 'string' && value.trim() !== '' && value.length <= 64

/** A date the API can store: an ISO-like string or a valid Date. */
export const isDateInput = (value: unknown): boolean =>
  (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Date.parse(value))) ||
  (value instanceof Date && !Number.isNaN(value.getTime()))
