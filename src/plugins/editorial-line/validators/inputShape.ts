/** The largest serial id PostgreSQL stores (a 4-byte integer); beyond it the query fails with a 500. */
const MAX_SERIAL_ID = 2_147_483_647

/** A document id as the database expects it: a positive 4-byte integer (SQLite, PostgreSQL) or a non-empty string (MongoDB). */
export const isIdLike = ({ value, idType }: { value: unknown; idType: 'number' | 'text' }): boolean =>
  idType === 'number'
    ? (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value <= MAX_SERIAL_ID) ||
      (typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) && Number(value) <= MAX_SERIAL_ID)
    : typeof value === 'string' && value.trim() !== '' && value.length <= 64

/** Whether an instant falls in years 1–9999, which every database stores (PostgreSQL refuses the rest). */
const storable = (time: number) => {
  if (Number.isNaN(time)) return false
  const year = new Date(time).getUTCFullYear()
  return year >= 1 && year <= 9999
}

/** A date the API can store: an ISO-like string or a valid Date, in years 1–9999. */
export const isDateInput = (value: unknown): boolean =>
  (typeof value === 'string' && value.trim() !== '' && storable(Date.parse(value))) ||
  (value instanceof Date && storable(value.getTime()))
