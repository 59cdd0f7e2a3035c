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

/** The results answer as CSV (one row per group, a header row first; an empty rate is an empty cell). */
export const resultsCsv = (answer: ResultsAnswer): string =>
  stringify(
    answer.groups.map((group) => RESULTS_CSV_COLUMNS.map((column) => group[column] ?? '')),
    { header: true, columns: [...RESULTS_CSV_COLUMNS] },
  )
