import type { Endpoint } from 'payload'

import { translate } from '../translations/index.js'
import { loadMixReport } from './loadMixReport.js'
import { monthRange } from './monthRange.js'
import { badRequest } from '../http/http.js'
import { refuseNonStaff } from '../http/refuseNonStaff.js'

const problemKeys = {
  badMonth: 'mixBadMonth',
  badRange: 'mixBadRange',
  missingMonth: 'mixMissingMonth',
  rangeTooLong: 'mixRangeTooLong',
} as const

/**
 * `GET /api/posts/mix?month=YYYY-MM` (or `?from=YYYY-MM&to=YYYY-MM`, at most 24 months): planned,
 * committed and pipeline shares per target group. The editorial team only: the counts include posts
 * in review, which API consumers (publishers) may not see.
 */
export const mixEndpoint: Endpoint = {
  path: '/mix',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonStaff({ req, loginKey: 'mixLoginRequired' })
    if (refused) return refused
    const query = (req.query ?? {}) as Record<string, unknown>
    const range = monthRange({ month: query.month, from: query.from, to: query.to })
    if ('problem' in range) {
      const message = translate({ key: problemKeys[range.problem], t: req.t })
      return badRequest(message)
    }
    const reports = await loadMixReport({ req, months: range.months })
    if (query.month !== undefined) return Response.json(reports[0])
    return Response.json({ from: range.months[0], to: range.months.at(-1), months: reports })
  },
}
