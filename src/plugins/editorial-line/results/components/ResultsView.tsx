import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation.js'
import React from 'react'

import type { ResultsAnswer } from '../resultsAnswer.js'

import { userHasRole } from '../../access/hasRole.js'
import { STAFF_ROLES } from '../../constants.js'
import { labelledResults } from '../resultsEndpoint.js'
import { loadPlan } from '../../line/loadPlan.js'
import { RESULT_GROUPINGS, resultsQuery } from '../resultsQuery.js'
import { localTime } from '../../time/localTime.js'
import { shiftMonth } from '../../time/months.js'
import { translate, valueKey } from '../../translations/index.js'
import { AdminPage } from '../../admin/AdminPage.js'
import '../../admin/editorialLine.css'
import { pluginSlugs } from '../../options/pluginSettings.js'

const percent = (value: null | number, language: string) =>
  value === null
    ? '—'
    : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(value)

/** One horizontal bar chart of the groups' engagement and click rates, scaled to the largest rate. */
const RatesChart = ({
  answer,
  language,
  title,
}: {
  answer: ResultsAnswer
  language: string
  title: string
}) => {
  const rowHeight = 34
  const labelWidth = 220
  const width = 760
  const barsWidth = width - labelWidth - 80
  const max = Math.max(0.0001, ...answer.groups.flatMap((g) => [g.engagementRate ?? 0, g.clickRate ?? 0]))
  const height = answer.groups.length * rowHeight + 10
  return (
    <svg
      aria-labelledby="results-chart-title"
      data-results-chart={answer.groupBy}
      className="el-results__chart"
      role="img"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
    >
      <title id="results-chart-title">{title}</title>
      {answer.groups.map((group, index) => {
        const y = index * rowHeight + 5
        const engagement = ((group.engagementRate ?? 0) / max) * barsWidth
        const clicks = ((group.clickRate ?? 0) / max) * barsWidth
        const label = group.label.length > 32 ? `${group.label.slice(0, 31)}…` : group.label
        return (
          <g data-bar={group.key} key={group.key}>
            <text fill="currentColor" fontSize={12} x={0} y={y + 16}>
              {label}
            </text>
            <rect className="el-results__engagement" height={13} width={engagement} x={labelWidth} y={y} />
            <text fill="currentColor" fontSize={11} x={labelWidth + engagement + 4} y={y + 11}>
              {percent(group.engagementRate, language)}
            </text>
            <rect className="el-results__clicks" height={9} width={clicks} x={labelWidth} y={y + 15} />
            <text fill="currentColor" fontSize={11} x={labelWidth + clicks + 4} y={y + 24}>
              {percent(group.clickRate, language)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/**
 * `/admin/results`: what the published posts achieved over a period, per target, phase, key
 * message, format, weekday or hour: the endpoint's table, a bar chart of the rates, each phase beside
 * its objective, and the CSV. The editorial team only: custom views are public unless they check.
 */
export const ResultsView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/results`)}`)
  if (!userHasRole({ user: req.user, roles: STAFF_ROLES })) redirect(admin)
  const t = req.t
  const language = req.i18n.language
  const { timezone } = await loadPlan({ req })
  const current = localTime({ instant: new Date(), timezone }).month
  const asked = resultsQuery({
    from: searchParams?.from ?? shiftMonth(current, -11),
    to: searchParams?.to ?? current,
    groupBy: searchParams?.groupBy ?? 'phase',
  })
  const problem = 'problem' in asked ? asked.problem : null
  const query =
    'problem' in asked ? { from: shiftMonth(current, -11), to: current, groupBy: 'phase' as const } : asked
  const { answer, names: objectives } = await labelledResults({ req, ...query })
  const csv = `${req.payload.config.routes.api}/${pluginSlugs({ payload: req.payload }).posts}/results?from=${query.from}&to=${query.to}&groupBy=${query.groupBy}&format=csv`

  return (
    <AdminPage
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={translate({ key: 'resultsTitle', t })}
    >
      <form action={`${admin}/results`} className="el-results__form" method="get">
        <label>
          {translate({ key: 'resultsFrom', t })}
          <br />
          <input defaultValue={query.from} name="from" type="month" />
        </label>
        <label>
          {translate({ key: 'resultsTo', t })}
          <br />
          <input defaultValue={query.to} name="to" type="month" />
        </label>
        <label>
          {translate({ key: 'resultsGroupBy', t })}
          <br />
          <select defaultValue={query.groupBy} name="groupBy">
            {RESULT_GROUPINGS.map((grouping) => (
              <option key={grouping} value={grouping}>
                {translate({ key: valueKey({ prefix: 'resultsBy', value: grouping }), t })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{translate({ key: 'mixShow', t })}</button>
        <a className="el-results__csv" data-results-csv href={csv}>
          {translate({ key: 'resultsCsv', t })}
        </a>
      </form>
      {problem && (
        <p data-notice="bad-query" role="alert">
          {translate({ key: 'resultsBadQueryShown', t })}
        </p>
      )}
      <p>{translate({ key: 'resultsExplain', t, vars: { timezone } })}</p>
      {answer.groups.length === 0 ? (
        <p data-notice="no-results">{translate({ key: 'resultsEmpty', t })}</p>
      ) : (
        <>
          <h2 className="el-results__title">
            {translate({ key: valueKey({ prefix: 'resultsBy', value: query.groupBy }), t })}
          </h2>
          <p className="el-results__key">
            <span className="el-swatch el-results__engagement" />
            {translate({ key: 'resultsEngagementRate', t })}
            <span className="el-swatch el-results__clicks" />
            {translate({ key: 'resultsClickRate', t })}
          </p>
          <RatesChart
            answer={answer}
            language={language}
            title={translate({ key: 'resultsChartTitle', t })}
          />
          <table className="el-table" data-results={query.groupBy}>
            <thead>
              <tr>
                <th scope="col">
                  {translate({ key: valueKey({ prefix: 'resultsBy', value: query.groupBy }), t })}
                </th>
                {query.groupBy === 'phase' && <th scope="col">{translate({ key: 'objective', t })}</th>}
                {(
                  [
                    'resultsPosts',
                    'resultsImpressions',
                    'resultsEngagementRate',
                    'resultsMedian',
                    'resultsClickRate',
                  ] as const
                ).map((key) => (
                  <th className="el-table__number" key={key} scope="col">
                    {translate({ key, t })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {answer.groups.map((group) => (
                <tr data-group-key={group.key} key={group.key}>
                  <th className="el-table__label" scope="row">
                    {group.label}
                  </th>
                  {query.groupBy === 'phase' && (
                    <td className="el-small" data-objective>
                      {objectives[group.key]?.objective ?? ''}
                    </td>
                  )}
                  <td data-field="posts" className="el-table__number">
                    {group.posts}
                  </td>
                  <td data-field="impressions" className="el-table__number">
                    {new Intl.NumberFormat(language).format(group.impressions)}
                  </td>
                  <td
                    data-field="engagementRate"
                    data-value={group.engagementRate ?? ''}
                    className="el-table__number"
                  >
                    {percent(group.engagementRate, language)}
                  </td>
                  <td data-field="medianEngagementRate" className="el-table__number">
                    {percent(group.medianEngagementRate, language)}
                  </td>
                  <td data-field="clickRate" className="el-table__number">
                    {percent(group.clickRate, language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </AdminPage>
  )
}
