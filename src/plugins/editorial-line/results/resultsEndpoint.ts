import type { Endpoint } from 'payload'

import type { ResultsAnswer } from './resultsAnswer.js'

import { loadResults, type ResultsReport, ResultsNeedSqlError } from './loadResults.js'
import { resultLabel } from './resultLabel.js'
import { resultsCsv } from './resultsCsv.js'
import { RESULT_GROUPINGS, resultsQuery } from './resultsQuery.js'
import { translate } from '../translations/index.js'
import { badRequest, errorResponse } from '../http/http.js'
import { refuseNonStaff } from '../http/refuseNonStaff.js'
import { configuredFormats } from '../options/pluginSettings.js'

const problemKeys = {
  badMonth: 'resultsBadMonth',
  badRange: 'mixBadRange',
  missingMonth: 'resultsBadMonth',
  rangeTooLong: 'mixRangeTooLong',
  badGroupBy: 'resultsBadGroupBy',
  badFormat: 'resultsBadFormat',
} as const

/**
 * `GET /api/posts/results?from=YYYY-MM&to=YYYY-MM&groupBy=…[&format=csv]`: what the published,
 * measured posts achieved, per target, phase, key message, format, weekday or hour. The editorial
 * team only: metrics are theirs.
 */
export const resultsEndpoint: Endpoint = {
  path: '/results',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonStaff({ req, loginKey: 'resultsLoginRequired' })
    if (refused) return refused
    const query = resultsQuery((req.query ?? {}) as Record<string, unknown>)
    if ('problem' in query) {
      return badRequest(
        translate({
          key: problemKeys[query.problem],
          t: req.t,
          vars: { groupings: RESULT_GROUPINGS.join(', ') },
        }),
      )
    }
    let answer: ResultsAnswer
    try {
      answer = (await labelledResults({ req, ...query })).answer
    } catch (error) {
      if (error instanceof ResultsNeedSqlError) {
        return errorResponse({ message: translate({ key: 'resultsNeedSql', t: req.t }), status: 501 })
      }
      throw error
    }
    if (query.format === 'csv') {
      return new Response(resultsCsv(answer), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="results-${answer.groupBy}-${answer.from}-${answer.to}.csv"`,
        },
      })
    }
    return Response.json(answer)
  },
}

/**
 * The report in the endpoint's shape, each group labelled in the caller's language; `names` keeps
 * what the loader found of the targets, phases or messages (a phase's objective, for the view).
 */
export const labelledResults = async ({
  req,
  from,
  to,
  groupBy,
}: Pick<Parameters<typeof loadResults>[0], 'from' | 'groupBy' | 'req' | 'to'>): Promise<{
  answer: ResultsAnswer
  names: ResultsReport['names']
}> => {
  const report = await loadResults({ req, from, to, groupBy })
  const answer: ResultsAnswer = {
    from: report.from,
    to: report.to,
    groupBy: report.groupBy,
    groups: report.groups.map(({ key, ...figures }) => ({
      key,
      label: resultLabel({
        groupBy,
        key,
        names: report.names,
        t: req.t,
        formats: configuredFormats({ payload: req.payload }),
        language: req.i18n?.language ?? 'fr',
      }),
      ...figures,
    })),
  }
  return { answer, names: report.names }
}
