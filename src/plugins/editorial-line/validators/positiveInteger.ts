/** A whole number from 1 up: a channel's maximum length, a monthly cap. */
export const isPositiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1
