import type { TFunction } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'

import { Banner } from '@payloadcms/ui'
import { redirect } from 'next/navigation.js'
import React from 'react'

import type { CalendarViewKind } from '../calendarParams.js'

import { userHasRole } from '../../access/hasRole.js'
import { weekTitle } from '../calendarLabels.js'
import { CALENDAR_VIEWS, parseCalendarParams } from '../calendarParams.js'
import { calendarRange } from '../calendarRange.js'
import { localDay } from '../../time/days.js'
import { loadCalendar } from '../loadCalendar.js'
import { placePosts } from '../placePosts.js'
import { STAFF_ROLES } from '../../constants.js'
import { monthName } from '../../time/monthName.js'
import { translate } from '../../translations/index.js'
import { AdminPage } from '../../admin/AdminPage.js'
import { loadPlan } from '../../line/loadPlan.js'
import { configuredGroups, pluginSlugs } from '../../options/pluginSettings.js'
import { CalendarLegend } from './CalendarLegend.js'
import { MonthGrid } from './MonthGrid.js'
import { WeekGrid } from './WeekGrid.js'
import '../../admin/editorialLine.css'

const NAV_KEYS = {
  month: { previous: 'calendarPreviousMonth', next: 'calendarNextMonth' },
  week: { previous: 'calendarPreviousWeek', next: 'calendarNextWeek' },
} as const

/** A notice above the calendar, in Payload's warning banner. */
const Notice = ({ children, kind }: { children: React.ReactNode; kind: string }) => (
  <div data-notice={kind} role="status">
    <Banner type="warning">{children}</Banner>
  </div>
)

/** The month and week switch, the current one marked. */
const ViewSwitch = ({
  calendarPath,
  date,
  t,
  view,
}: {
  calendarPath: string
  date: string
  t: TFunction<any>
  view: CalendarViewKind
}) => (
  <span role="group" aria-label={translate({ key: 'calendarViewSwitch', t })} className="el-switch">
    {CALENDAR_VIEWS.map((kind) => (
      <a
        aria-current={kind === view ? 'page' : undefined}
        data-switch={kind}
        href={`${calendarPath}?view=${kind}&date=${date}`}
        className="el-switch__option"
        key={kind}
      >
        {translate({ key: kind === 'month' ? 'calendarMonthView' : 'calendarWeekView', t })}
      </a>
    ))}
  </span>
)

/**
 * `/admin/calendar`: the posts of a month or a week by publication date, in the plan timezone,
 * coloured by target group, with their status; the week view shades the targets' windows. For the
 * editorial team: custom views are public unless they check, so anonymous visitors go to the login
 * page and other accounts are told the calendar is not theirs.
 */
export const CalendarView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const calendarPath = `${adminRoute}/calendar`
  if (!req.user) {
    const query = new URLSearchParams()
    for (const name of ['view', 'date']) {
      const value = searchParams?.[name]
      if (typeof value === 'string') query.set(name, value)
    }
    const back = query.size > 0 ? `${calendarPath}?${query}` : calendarPath
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(back)}`)
  }

  const t = req.t
  const language = req.i18n.language
  const page = (children: React.ReactNode) => (
    <AdminPage
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={translate({ key: 'calendarTitle', t })}
    >
      {children}
    </AdminPage>
  )
  if (!userHasRole({ user: req.user, roles: STAFF_ROLES })) {
    return page(<Notice kind="not-allowed">{translate({ key: 'calendarNotAllowed', t })}</Notice>)
  }

  const { timezone } = await loadPlan({ req })
  const groups = configuredGroups({ payload: req.payload })
  const today = localDay({ instant: new Date(), timezone })
  const { view, date, notices } = parseCalendarParams({
    view: searchParams?.view,
    date: searchParams?.date,
    today,
  })
  const range = calendarRange({ view, date, timezone })
  const { posts, targets } = await loadCalendar({ req, start: range.start, end: range.end })
  const placed = placePosts({ posts, timezone })
  const title =
    view === 'month'
      ? monthName(range.first.slice(0, 7), language)
      : weekTitle({ first: range.first, last: range.last, language })
  // Not CSS capitalize: it would also write « 9–15 Mars » in a week's title.
  const heading = title.charAt(0).toUpperCase() + title.slice(1)
  const href = (day: string) => `${calendarPath}?view=${view}&date=${day}`

  return page(
    <>
      <nav aria-label={translate({ key: 'calendarTitle', t })} className="el-toolbar">
        <a data-nav="previous" href={href(range.previous)}>
          ← {translate({ key: NAV_KEYS[view].previous, t })}
        </a>
        <h2
          className="el-toolbar__title"
          data-first={range.first}
          data-last={range.last}
          data-range-view={view}
        >
          {heading}
        </h2>
        <a data-nav="next" href={href(range.next)}>
          {translate({ key: NAV_KEYS[view].next, t })} →
        </a>
        <a data-nav="today" href={href(today)}>
          {translate({ key: 'calendarToday', t })}
        </a>
        <ViewSwitch calendarPath={calendarPath} date={date} t={t} view={view} />
        <form action={calendarPath} className="el-toolbar__form" method="get">
          <input name="view" type="hidden" value={view} />
          <input
            aria-label={translate({ key: 'calendarDate', t })}
            defaultValue={date}
            name="date"
            type="date"
          />
          <button type="submit">{translate({ key: 'calendarShow', t })}</button>
        </form>
      </nav>

      {notices.map(({ problem, value }) => (
        <Notice key={problem} kind={problem === 'badView' ? 'bad-view' : 'bad-date'}>
          {translate({
            key: problem === 'badView' ? 'calendarViewBadView' : 'calendarViewBadDate',
            t,
            vars: { value },
          })}
        </Notice>
      ))}
      <p data-field="count">
        {posts.length === 0
          ? translate({ key: view === 'month' ? 'calendarEmptyMonth' : 'calendarEmptyWeek', t })
          : translate({ key: 'calendarCount', t, vars: { count: posts.length } })}
      </p>

      <div className="el-scroll">
        {view === 'month' ? (
          <MonthGrid
            postsPath={`${adminRoute}/collections/${pluginSlugs({ payload: req.payload }).posts}`}
            calendarPath={calendarPath}
            groups={groups}
            language={language}
            placed={placed}
            range={range}
            t={t}
            today={today}
          />
        ) : (
          <WeekGrid
            postsPath={`${adminRoute}/collections/${pluginSlugs({ payload: req.payload }).posts}`}
            groups={groups}
            language={language}
            placed={placed}
            range={range}
            t={t}
            targets={targets}
            today={today}
          />
        )}
      </div>
      <CalendarLegend
        groups={groups}
        language={language}
        t={t}
        targets={targets}
        timezone={timezone}
        view={view}
      />
    </>,
  )
}
