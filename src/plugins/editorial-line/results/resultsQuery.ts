import { monthRange } from '../mix/monthRange.js'

/** What `GET /api/posts/results` groups measured posts by. */
export const RESULT_GROUPINGS = ['target', 'phase', 'message', 'format', 'weekday', 'hour'] as const
export type ResultGrouping = (typeof RESULT_GROUPINGS)[number]

export type ResultsQuery = {
  from: string
  to: string
  groupBy: ResultGrouping
  format: 'csv' | 'json'
}

export type ResultsQueryProblem =
  'badFormat' | 'badGroupBy' | 'badMonth' | 'badRange' | 'missingMonth' | 'rangeTooLong'

/**
 * The parameters of a results query: `from` and `to` (`YYYY-MM`, inclusive, at most 24 months),
 * `groupBy` (one of the groupings) and an optional `format` (`json` by default, or `csv`). Each
 * parameter given once, as text.
 */
export const resultsQuery = (
  query: Record<string, unknown>,
): ResultsQuery | { problem: ResultsQueryProblem } => {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value)
  const range = monthRange({ from: text(query.from), to: text(query.to) })
  if ('problem' in range) return range
  const groupBy = text(query.groupBy)
  if (!(RESULT_GROUPINGS as readonly unknown[]).includes(groupBy)) return { problem: 'badGroupBy' }
  const format = text(query.format) ?? 'json'
  if (format !== 'json' && format !== 'csv') return { problem: 'badFormat' }
  return { from: range.months[0], to: range.months.at(-1)!, groupBy: groupBy as ResultGrouping, format }
}
