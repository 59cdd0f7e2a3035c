import { stringify } from 'csv-stringify/sync'

import type { ResultsAnswer } from './resultsAnswer.js'

/** The columns of the CSV, in order: the JSON answer's group fields. */
export const RESULTS_CSV_COLUMNS = [
  'key',
  'label',
  'posts',
  'impressions',
  'engagementRate',
  'medianEngagementRate',
  'clickRate',
] as const

/**
 * The results answer as CSV (one row per group, a header row first; an empty rate is an empty cell).
 *
 * No cell is a formula a spreadsheet would run (OWASP "CSV injection"): a label is a name someone
 * typed, and `=HYPERLINK(…)`, `+…`, `-…`, `@…` or a leading tab or carriage return would be run when
 * the file is opened. csv-stringify's `escape_formulas` puts a `'` before such text, which spreadsheets
 * read as "this cell is text" and do not show. Numbers stay numbers: it leaves a negative number
 * written from a `number` as it is (`-12` is data, not a formula, and must stay summable); the
 * figures here are never negative anyway, and a text that starts with `-` (a label) is escaped.
 */
export const resultsCsv = (answer: ResultsAnswer): string =>
  stringify(
    answer.groups.map((group) => RESULTS_CSV_COLUMNS.map((column) => group[column] ?? '')),
    { header: true, columns: [...RESULTS_CSV_COLUMNS], escape_formulas: true },
  )
