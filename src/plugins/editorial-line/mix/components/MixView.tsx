import type { TFunction } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation.js'
import React from 'react'

import type { Verdict } from '../mixVerdicts.js'

import type { MixGroup } from '../../constants.js'
import type { MixGroupOption } from '../groups.js'

import { loadPlan } from '../../line/loadPlan.js'
import { configuredGroups } from '../../options/pluginSettings.js'
import { groupLabel, groupTone } from '../groups.js'
import { loadMixReport, type MixReport } from '../loadMixReport.js'
import { monthName } from '../../time/monthName.js'
import { shiftMonth } from '../../time/months.js'
import { localTime } from '../../time/localTime.js'
import { translate, valueKey } from '../../translations/index.js'
import { isMonth } from '../../validators/month.js'
import { AdminPage } from '../../admin/AdminPage.js'
import '../../admin/editorialLine.css'

const percent = (value: number, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)

/** One horizontal layer of a gauge, from `from` % to `to` % of its width (its look: `className`). */
const Layer = ({
  className,
  from = 0,
  title,
  to,
}: {
  className: string
  from?: number
  title?: string
  to: number
}) => (
  <div
    className={`el-gauge__layer ${className}`}
    style={{ '--el-from': `${from}%`, '--el-width': `${to - from}%` } as React.CSSProperties}
    title={title}
  />
)

const Gauge = ({
  report,
  group,
  groups,
  t,
  language,
}: {
  report: MixReport
  group: MixReport['groups'][number]
  groups: MixGroupOption[]
  t: TFunction<any>
  language: string
}) => {
  const committedAndPipeline = report.totals.committed + report.totals.pipeline
  const withPipeline =
    committedAndPipeline === 0 ? 0 : ((group.committed + group.pipeline) / committedAndPipeline) * 100
  // On a thin month the verdict is shown, but not in alarming colours.
  const verdict = `el-verdict--${report.enoughPosts ? group.verdict : 'tooFew'}`
  return (
    <li className={`el-gauge ${verdict}`} data-group={group.group} data-verdict={group.verdict}>
      <div className="el-gauge__head">
        <strong>{groupLabel({ groups, value: group.group, language })}</strong>
        <span className="el-gauge__verdict" data-field="verdict">
          {translate({ key: valueKey({ prefix: 'verdict', value: group.verdict }), t })}
        </span>
      </div>
      <div aria-hidden className="el-gauge__track">
        {group.planned != null && (
          <Layer
            className="el-gauge__layer--band"
            from={Math.max(0, group.planned - report.tolerance)}
            title={translate({
              key: 'mixPlanned',
              t,
              vars: { planned: group.planned, tolerance: report.tolerance },
            })}
            to={Math.min(100, group.planned + report.tolerance)}
          />
        )}
        <Layer className="el-gauge__layer--pipeline" to={withPipeline} />
        <Layer className="el-gauge__layer--committed" to={group.committedShare} />
        {group.planned != null && (
          <div
            className="el-gauge__planned"
            style={{ '--el-at': `${group.planned}%` } as React.CSSProperties}
          />
        )}
      </div>
      <div className="el-gauge__figures">
        <span data-field="committed" data-share={group.committedShare} data-count={group.committed}>
          {translate({
            key: 'mixCommitted',
            t,
            vars: { share: percent(group.committedShare, language), count: group.committed },
          })}
        </span>
        {group.planned != null && (
          <span data-field="planned" data-planned={group.planned}>
            {translate({
              key: 'mixPlanned',
              t,
              vars: { planned: group.planned, tolerance: report.tolerance },
            })}
          </span>
        )}
        <span data-field="pipeline" data-count={group.pipeline}>
          {translate({ key: 'mixPipeline', t, vars: { count: group.pipeline } })}
        </span>
        <span data-field="published" data-count={group.published}>
          {translate({ key: 'mixPublished', t, vars: { count: group.published } })}
        </span>
      </div>
    </li>
  )
}

const StackedBar = ({
  groups,
  shares,
  label,
}: {
  groups: MixGroupOption[]
  shares: Partial<Record<MixGroup, number>>
  label: string
}) => (
  <div className="el-stack">
    <span className="el-stack__label">{label}</span>
    <div className="el-stack__bar">
      {groups.map(({ value }) => (
        <div
          className={`el-stack__part el-tone--${groupTone({ groups, value })}`}
          key={value}
          title={`${value} ${shares[value] ?? 0} %`}
          style={{ '--el-share': `${shares[value] ?? 0}%` } as React.CSSProperties}
        />
      ))}
    </div>
  </div>
)

/**
 * `/admin/mix`: for one month, a gauge per target group (planned share with its tolerance band,
 * committed share coloured by verdict, pipeline as a lighter overlay), the totals, and the plan's
 * months side by side. Logged-in users only: custom views are public unless they check.
 */
export const MixView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/mix`)}`)

  const t = req.t
  const language = req.i18n.language
  const groups = configuredGroups({ payload: req.payload })
  const plan = await loadPlan({ req })
  const { timezone } = plan
  const requested = searchParams?.month
  const month = isMonth(requested) ? requested : localTime({ instant: new Date(), timezone }).month
  // The plan's latest twelve rows: the plan grows month by month, its first rows matter less.
  const stripMonths = ((plan.mix ?? []) as { month: string }[])
    .map((row) => row.month)
    .sort()
    .slice(-12)
  const [report, ...strip] = await loadMixReport({ req, months: [month, ...stripMonths] })

  return (
    <AdminPage
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={translate({ key: 'mixTitle', t })}
    >
      <nav className="el-toolbar">
        <a href={`${adminRoute}/mix?month=${shiftMonth(month, -1)}`} data-nav="previous">
          ← {translate({ key: 'mixPrevious', t })}
        </a>
        <h2 className="el-toolbar__title el-capitalize" data-month={month}>
          {monthName(month, language)}
        </h2>
        <a href={`${adminRoute}/mix?month=${shiftMonth(month, 1)}`} data-nav="next">
          {translate({ key: 'mixNext', t })} →
        </a>
        <form action={`${adminRoute}/mix`} className="el-toolbar__form" method="get">
          <input type="month" name="month" defaultValue={month} aria-label={translate({ key: 'month', t })} />
          <button type="submit">{translate({ key: 'mixShow', t })}</button>
        </form>
      </nav>

      <p data-field="totals">
        {translate({
          key: 'mixTotals',
          t,
          vars: {
            committed: report.totals.committed,
            published: report.totals.published,
            pipeline: report.totals.pipeline,
          },
        })}
      </p>
      {report.plan ? (
        <p data-plan-month={report.plan.month}>
          {translate({ key: 'mixPlanInForce', t, vars: { month: monthName(report.plan.month, language) } })}
        </p>
      ) : (
        <p data-notice="no-plan">{translate({ key: 'mixNoPlan', t })}</p>
      )}
      {!report.enoughPosts && (
        <p className="el-italic" data-notice="too-few">
          {translate({ key: 'mixTooFew', t, vars: { count: report.totals.committed } })}
        </p>
      )}
      <ul className="el-gauges el-narrow" data-mix={month}>
        {report.groups.map((group) => (
          <Gauge group={group} groups={groups} key={group.group} language={language} report={report} t={t} />
        ))}
      </ul>

      {strip.length > 0 && (
        <section className="el-strip el-narrow">
          <h3>{translate({ key: 'mixStrip', t })}</h3>
          {strip.map((monthReport) => (
            <a
              href={`${adminRoute}/mix?month=${monthReport.month}`}
              key={monthReport.month}
              className="el-strip__month"
              data-strip={monthReport.month}
            >
              <div className="el-small el-capitalize">{monthName(monthReport.month, language)}</div>
              <StackedBar
                groups={groups}
                label={translate({ key: 'mixPlanBar', t })}
                shares={monthReport.plan ?? {}}
              />
              <StackedBar
                groups={groups}
                label={`${translate({ key: 'mixActualBar', t })} (${monthReport.totals.committed})`}
                shares={Object.fromEntries(monthReport.groups.map((g) => [g.group, g.committedShare]))}
              />
            </a>
          ))}
          <p className="el-strip__key">
            {groups.map(({ value }) => (
              <span className="el-strip__key-item" key={value}>
                <span className={`el-swatch el-tone--${groupTone({ groups, value })}`} />
                {groupLabel({ groups, value, language })}
              </span>
            ))}
          </p>
        </section>
      )}
    </AdminPage>
  )
}
