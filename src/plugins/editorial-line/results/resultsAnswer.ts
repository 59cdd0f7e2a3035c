import type { ResultFigures } from './resultFigures.js'
import type { ResultGrouping } from './resultsQuery.js'

/** The JSON shape of `GET /api/posts/results`. */
export type ResultsAnswer = {
  from: string
  to: string
  groupBy: ResultGrouping
  groups: (ResultFigures & { key: string; label: string })[]
}
