import type { TFunction } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation.js'
import React from 'react'

import type { Verdict } from '../mixVerdicts.js'

import type { MixGroup } from '../../constants.js'
import type { MixGroupOption } from '../groups.js'

import { loadPlan } from '../../line/loadPlan.js'
import { configuredGroups } from '../../options/pluginSettings.js'
import { groupColour, groupLabel } from '../groups.js'
import { loadMixReport, type MixReport } from '../loadMixReport.js'
import { monthName } from '../../time/monthName.js'
import { shiftMonth } from '../../time/months.js'
import { localTime } from '../../time/localTime.js'
import { translate, valueKey } from '../../translations/index.js'
import { isMonth } from '../../validators/month.js'
import { AdminPage } from '../../admin/AdminPage.js'

/** Verdict colours, each readable as text on the admin's light background (WCAG AA, ≥ 4.5:1). */
export const VERDICT_COLOURS: Record<Verdict, string> = {
  on_plan: '#2e7d32',
  under: '#9a5b00',
  over: '#c62828',
  blocked: '#6a1b9a',
  no_plan: '#546e7a',
}

/** A thin month's verdicts: neutral, yet still readable text (4.5:1 on white). */
const NEUTRAL_TEXT = '#546e7a'

const percent = (value: number, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)

/** One horizontal layer of a gauge, from `from` % to `to` % of its width. */
const Layer = ({
  background,
  from = 0,
  opacity,
  title,
  to,
}: {
  background: string
  from?: number
  opacity?: number
  title?: string
  to: number
}) => (
  <div
    style={{
      position: 'absolute',
      top: 0,
      bottom: 0,
      left: `${from}%`,
      width: `${to - from}%`,
      background,
      opacity,
    }}
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
  const colour = report.enoughPosts ? VERDICT_COLOURS[group.verdict] : '#90a4ae'
  return (
    <li
      data-group={group.group}
      data-verdict={group.verdict}
      style={{ listStyle: 'none', marginBottom: 'calc(var(--base) * 1.2)' }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 'var(--base)', flexWrap: 'wrap' }}>
        <strong>{groupLabel({ groups, value: group.group, language })}</strong>
        <span
          style={{ color: report.enoughPosts ? colour : NEUTRAL_TEXT, fontWeight: 600 }}
          data-field="verdict"
        >
          {translate({ key: valueKey({ prefix: 'verdict', value: group.verdict }), t })}
        </span>
      </div>
      <div
        aria-hidden
        style={{
          position: 'relative',
          height: 22,
          marginTop: 6,
          background: 'var(--theme-elevation-100)',
          borderRadius: 4,
          overflow: 'hidden',
        }}
      >
        {group.planned != null && (
          <Layer
            background="var(--theme-elevation-250)"
            from={Math.max(0, group.planned - report.tolerance)}
            title={translate({
              key: 'mixPlanned',
              t,
              vars: { planned: group.planned, tolerance: report.tolerance },
            })}
            to={Math.min(100, group.planned + report.tolerance)}
          />
        )}
        <Layer background={colour} opacity={0.3} to={withPipeline} />
        <Layer background={colour} to={group.committedShare} />
        {group.planned != null && (
          <div
            style={{
              position: 'absolute',
              top: -2,
              bottom: -2,
              left: `calc(${group.planned}% - 1px)`,
              width: 2,
              background: 'var(--theme-text)',
            }}
          />
        )}
      </div>
      <div
        style={{
          display: 'flex',
          gap: 'calc(var(--base) * 1.2)',
          flexWrap: 'wrap',
          marginTop: 4,
          fontSize: 13,
        }}
      >
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
  <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
    <span style={{ width: 80, fontSize: 12 }}>{label}</span>
    <div
      style={{
        display: 'flex',
        flex: 1,
        height: 14,
        background: 'var(--theme-elevation-100)',
        borderRadius: 3,
        overflow: 'hidden',
      }}
    >
      {groups.map(({ value }) => (
        <div
          key={value}
          title={`${value} ${shares[value] ?? 0} %`}
          style={{ width: `${shares[value] ?? 0}%`, background: groupColour({ groups, value }) }}
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
      <nav
        style={{
          display: 'flex',
          gap: 'var(--base)',
          alignItems: 'center',
          flexWrap: 'wrap',
          margin: 'var(--base) 0',
        }}
      >
        <a href={`${adminRoute}/mix?month=${shiftMonth(month, -1)}`} data-nav="previous">
          ← {translate({ key: 'mixPrevious', t })}
        </a>
        <h2 style={{ margin: 0, textTransform: 'capitalize' }} data-month={month}>
          {monthName(month, language)}
        </h2>
        <a href={`${adminRoute}/mix?month=${shiftMonth(month, 1)}`} data-nav="next">
          {translate({ key: 'mixNext', t })} →
        </a>
        <form
          method="get"
          action={`${adminRoute}/mix`}
          style={{ display: 'flex', gap: 6, marginLeft: 'auto' }}
        >
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
        <p data-notice="too-few" style={{ fontStyle: 'italic' }}>
          {translate({ key: 'mixTooFew', t, vars: { count: report.totals.committed } })}
        </p>
      )}
      <ul style={{ padding: 0, maxWidth: 760 }} data-mix={month}>
        {report.groups.map((group) => (
          <Gauge group={group} groups={groups} key={group.group} language={language} report={report} t={t} />
        ))}
      </ul>

      {strip.length > 0 && (
        <section style={{ marginTop: 'calc(var(--base) * 2)', maxWidth: 760 }}>
          <h3>{translate({ key: 'mixStrip', t })}</h3>
          {strip.map((monthReport) => (
            <a
              href={`${adminRoute}/mix?month=${monthReport.month}`}
              key={monthReport.month}
              data-strip={monthReport.month}
              style={{
                display: 'block',
                marginBottom: 'var(--base)',
                textDecoration: 'none',
                color: 'inherit',
              }}
            >
              <div style={{ fontSize: 13, textTransform: 'capitalize' }}>
                {monthName(monthReport.month, language)}
              </div>
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
          <p style={{ fontSize: 12 }}>
            {groups.map(({ value }) => (
              <span key={value} style={{ marginRight: 12 }}>
                <span
                  style={{
                    display: 'inline-block',
                    width: 10,
                    height: 10,
                    background: groupColour({ groups, value }),
                    marginRight: 4,
                  }}
                />
                {groupLabel({ groups, value, language })}
              </span>
            ))}
          </p>
        </section>
      )}
    </AdminPage>
  )
}
