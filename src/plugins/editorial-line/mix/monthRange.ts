import { monthAt, monthIndex } from '../time/months.js'
import { isMonth } from '../validators/month.js'

export const MAX_MONTHS = 24

export type MonthRange =
  { months: string[] } | { problem: 'badMonth' | 'badRange' | 'missingMonth' | 'rangeTooLong' }

/** The months a query asks for: `month=YYYY-MM`, or `from`…`to` inclusive, at most 24 months. */
export const monthRange = ({
  month,
  from,
  to,
}: {
  month?: unknown
  from?: unknown
  to?: unknown
}): MonthRange => {
  if (month !== undefined) return isMonth(month) ? { months: [month] } : { problem: 'badMonth' }
  if (from === undefined && to === undefined) return { problem: 'missingMonth' }
  if (!isMonth(from) || !isMonth(to)) return { problem: 'badMonth' }
  const count = monthIndex(to) - monthIndex(from) + 1
  if (count < 1) return { problem: 'badRange' }
  if (count > MAX_MONTHS) return { problem: 'rangeTooLong' }
  return { months: Array.from({ length: count }, (_, i) => monthAt(monthIndex(from) + i)) }
}
