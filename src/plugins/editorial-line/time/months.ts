import { pad } from './pad.js'

/** A `YYYY-MM` month as a count of months since year 0, so that months add and subtract as numbers. */
export const monthIndex = (month: string) => {
  const [year, monthOfYear] = month.split('-').map(Number)
  return year * 12 + monthOfYear - 1
}

/** The `YYYY-MM` month of a `monthIndex`. */
export const monthAt = (index: number) => `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`

/** The month `offset` months after `month` (before it when negative). */
export const shiftMonth = (month: string, offset: number) => monthAt(monthIndex(month) + offset)
