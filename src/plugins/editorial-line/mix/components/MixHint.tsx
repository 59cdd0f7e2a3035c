import type { ServerProps } from 'payload'

import React from 'react'

import { loadPlan } from '../../line/loadPlan.js'
import { configuredGroups } from '../../options/pluginSettings.js'
import { groupLabel } from '../groups.js'
import { loadMixReport } from '../loadMixReport.js'
import { loadTargetGroup } from '../../line/loadTargetGroup.js'
import { localTime } from '../../time/localTime.js'
import { monthName } from '../../time/monthName.js'
import { translate } from '../../translations/index.js'
import { relationId } from '../../rules/relationId.js'
import '../../admin/editorialLine.css'

type Props = { data?: Record<string, unknown> } & ServerProps

/**
 * In the post form: where this post would put its target group in its month's mix,
 * e.g. "this post would take Coachs to 18 % of March (plan 15 % ± 10)".
 */
export const MixHint = async ({ data, i18n, payload, user }: Props) => {
  const t = i18n.t
  const targetId = relationId(data?.target)
  const publishAt = typeof data?.publishAt === 'string' ? data.publishAt : null
  if (!targetId || !publishAt || Number.isNaN(Date.parse(publishAt))) {
    return <p className="el-small">{translate({ key: 'mixHintIncomplete', t })}</p>
  }
  const target = await loadTargetGroup({ payload, id: targetId })
  if (!target) return null
  const req = { payload, user, t, i18n } as never
  const { timezone } = await loadPlan({ req })
  const { month } = localTime({ instant: publishAt, timezone })
  const [report] = await loadMixReport({ req, months: [month] })
  const monthLabel = monthName(month, i18n.language)
  if (!report.plan)
    return <p className="el-small">{translate({ key: 'mixHintNoPlan', t, vars: { month: monthLabel } })}</p>
  const group = report.groups.find((candidate) => candidate.group === target.mixGroup)!
  const alreadyCounted = data?.status === 'approved' || data?.status === 'published'
  const extra = alreadyCounted ? 0 : 1
  const share = Math.round(((group.committed + extra) / (report.totals.committed + extra)) * 100)
  const label = groupLabel({
    groups: configuredGroups({ payload }),
    value: target.mixGroup,
    language: i18n.language,
  })
  return (
    <p data-mix-hint className="el-small">
      {translate({
        key: 'mixHint',
        t,
        vars: {
          group: label,
          share,
          month: monthLabel,
          planned: group.planned,
          tolerance: report.tolerance,
        },
      })}
    </p>
  )
}
