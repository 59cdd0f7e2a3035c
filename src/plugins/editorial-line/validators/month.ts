const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** A calendar month written `YYYY-MM`. */
export const isMonth = (value: unknown): value is string => typeof value === 'string' && MONTH.test(value)
