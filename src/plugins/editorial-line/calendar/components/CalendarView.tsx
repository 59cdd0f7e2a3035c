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
import { channelTone } from '../channelTone.js'
import { loadChannelSlugs } from '../../line/loadChannelSlugs.js'
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

const NOTICE_KINDS = {
  badView: { kind: 'bad-view', key: 'calendarViewBadView' },
  badDate: { kind: 'bad-date', key: 'calendarViewBadDate' },
  badChannel: { kind: 'bad-channel', key: 'calendarViewBadChannel' },
} as const

/** A notice above the calendar, in Payload's warning banner. */
const Notice = ({ children, kind }: { children: React.ReactNode; kind: string }) => (
  <div data-notice={kind} role="status">
    <Banner type="warning">{children}</Banner>
  </div>
)

/** The month and week switch, the current one marked. */
const ViewSwitch = ({
  date,
  link,
  t,
  view,
}: {
  date: string
  /** The calendar's address for a view and a day, keeping the other filters. */
  link: (view: CalendarViewKind, day: string) => string
  t: TFunction<any>
  view: CalendarViewKind
}) => (
  <span role="group" aria-label={translate({ key: 'calendarViewSwitch', t })} className="el-switch">
    {CALENDAR_VIEWS.map((kind) => (
      <a
        aria-current={kind === view ? 'page' : undefined}
        data-switch={kind}
        href={link(kind, date)}
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
 * coloured by target group and marked by channel, with their status, all channels or one
 * (`?channel=slug`); the week view shades the targets' windows. For the
 * editorial team: custom views are public unless they check, so anonymous visitors go to the login
 * page and other accounts are told the calendar is not theirs.
 */
export const CalendarView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const calendarPath = `${adminRoute}/calendar`
  if (!req.user) {
    const query = new URLSearchParams()
    for (const name of ['view', 'date', 'channel']) {
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
  const { view, date, channel, notices } = parseCalendarParams({
    view: searchParams?.view,
    date: searchParams?.date,
    channel: searchParams?.channel,
    channels: await loadChannelSlugs({ req }),
    today,
  })
  const range = calendarRange({ view, date, timezone })
  const { posts, targets, channels } = await loadCalendar({ req, start: range.start, end: range.end, channel })
  // Each post's channel colour: its channel's place among the line's channels.
  const placed = placePosts({
    posts: posts.map((post) => ({ ...post, channelTone: channelTone({ channels, slug: post.channel?.slug }) })),
    timezone,
  })
  const title =
    view === 'month'
      ? monthName(range.first.slice(0, 7), language)
      : weekTitle({ first: range.first, last: range.last, language })
  // Not CSS capitalize: it would also write « 9–15 Mars » in a week's title.
  const heading = title.charAt(0).toUpperCase() + title.slice(1)
  // Every link keeps the channel filter, as the view and the date: the address is the whole state.
  const link = (kind: CalendarViewKind, day: string) =>
    `${calendarPath}?${new URLSearchParams({ view: kind, date: day, ...(channel ? { channel } : {}) })}`
  const href = (day: string) => link(view, day)

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
        <ViewSwitch date={date} link={link} t={t} view={view} />
        <form action={calendarPath} className="el-toolbar__form" method="get">
          <input name="view" type="hidden" value={view} />
          <input
            aria-label={translate({ key: 'calendarDate', t })}
            defaultValue={date}
            name="date"
            type="date"
          />
          <select
            aria-label={translate({ key: 'calendarChannel', t })}
            data-filter="channel"
            defaultValue={channel ?? ''}
            name="channel"
          >
            <option value="">{translate({ key: 'calendarAllChannels', t })}</option>
            {channels.map(({ name, slug }) => (
              <option key={slug} value={slug}>
                {name}
              </option>
            ))}
          </select>
          <button type="submit">{translate({ key: 'calendarShow', t })}</button>
        </form>
      </nav>

      {notices.map(({ problem, value }) => (
        <Notice key={problem} kind={NOTICE_KINDS[problem].kind}>
          {translate({ key: NOTICE_KINDS[problem].key, t, vars: { value } })}
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
            weekLink={(day) => link('week', day)}
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
        channels={channels}
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
