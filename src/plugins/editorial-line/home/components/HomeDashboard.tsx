import type { I18nClient } from '@payloadcms/translations'
import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { createLocalReq } from 'payload'
import React from 'react'

import type { CoverageRow } from '../coverageGrid.js'

import { userHasRole } from '../../access/hasRole.js'
import { configuredGroups, pluginSettings } from '../../options/pluginSettings.js'
import { STAFF_ROLES, type PostStatus } from '../../constants.js'
import { loadCalendar } from '../../calendar/loadCalendar.js'
import { loadCoverage } from '../loadCoverage.js'
import { loadMyTasks } from '../loadMyTasks.js'
import { loadDesk } from '../../desk/loadDesk.js'
import { loadAssignedReviews } from '../../workflow/loadAssignedReviews.js'
import { loadFailedEmails } from '../../notifications/loadFailedEmails.js'
import { assignedQueuePath } from '../../workflow/components/ReviewQueueLink.js'
import { REVIEWER_ROLES } from '../../constants.js'
import { loadMixReport } from '../../mix/loadMixReport.js'
import { findNextSlots } from '../../slots/findNextSlots.js'
import { allowedChannels } from '../../rules/allowedChannels.js'
import { loadPlan } from '../../line/loadPlan.js'
import { loadSlotContext } from '../../slots/loadSlotContext.js'
import { groupLabel } from '../../mix/groups.js'
import { monthName } from '../../time/monthName.js'
import { DAY_MS } from '../../time/dayMs.js'
import { localTime } from '../../time/localTime.js'
import { translate, valueKey } from '../../translations/index.js'
import { isMonth } from '../../validators/month.js'
import { StatusBadge } from '../../calendar/components/StatusBadge.js'
import '../../admin/editorialLine.css'

const Section = ({ id, title, children }: { id: string; title: string; children: React.ReactNode }) => (
  <section aria-labelledby={`home-${id}`} className="el-home__section" data-home={id}>
    <h2 className="el-home__title" id={`home-${id}`}>
      {title}
    </h2>
    {children}
  </section>
)

/**
 * The editorial team's home page, above Payload's collection cards: the next 7 days, the review
 * queue, the month's mix, the next compliant slot per open target and channel, the journey coverage of the
 * month and the key messages left unused for 90 days; each item links where the work is done.
 * Only the team sees it (`?month=YYYY-MM` picks the month of the mix and the coverage).
 */
export const HomeDashboard = async ({
  i18n,
  payload,
  searchParams,
  user,
}: {
  i18n: I18nClient
  payload: Payload
  searchParams?: Record<string, string | string[] | undefined>
  user?: null | TypedUser
}) => {
  if (!user || !userHasRole({ user, roles: STAFF_ROLES })) return null
  const req = await createLocalReq({ user, req: { i18n, t: i18n.t } as Partial<PayloadRequest> }, payload)
  const t = i18n.t
  const language = i18n.language
  const admin = payload.config.routes.admin
  const groups = configuredGroups({ payload })
  const { rules, slugs, timezone: defaultTimezone } = pluginSettings({ payload })
  const plan = await loadPlan({ req })
  const now = new Date()
  const requested = searchParams?.month
  const month = isMonth(requested) ? requested : localTime({ instant: now, timezone: plan.timezone }).month

  const [tasks, assigned, failed, week, desk, [mix], coverage] = await Promise.all([
    loadMyTasks({ req, user, now }),
    userHasRole({ user, roles: REVIEWER_ROLES }) ? loadAssignedReviews({ payload, user }) : null,
    userHasRole({ user, roles: ['admin'] }) ? loadFailedEmails({ payload }) : null,
    loadCalendar({ req, start: now.toISOString(), end: new Date(now.getTime() + 7 * DAY_MS).toISOString() }),
    loadDesk({ req, now }),
    loadMixReport({ req, months: [month] }),
    loadCoverage({ req, month }),
  ])
  // The coverage has one row per target, by name: every target, as the slots need them. One slot per
  // target and channel its phase goes out on: a newsletter's own slot is not LinkedIn's.
  const slots = (
    await Promise.all(
      coverage.rows.map(async ({ target, cells: row }) => {
        // The slot of the target's first phase in season this month (its first phase otherwise).
        const cells = row.filter((cell) => cell.phase)
        const phase = (cells.find((cell) => cell.inSeason) ?? cells[0])?.phase
        if (!phase) return []
        const context = await loadSlotContext({ req, target: target.id, phase: phase.id, defaultTimezone })
        if ('problem' in context) return []
        const channels = allowedChannels({ channels: context.channels, target: context.target, phase: context.phase })
        return Promise.all(
          (channels.length > 0 ? channels : [context.channel]).map(async (channel) => {
            const found = await findNextSlots({
              req,
              context: { ...context, channel },
              levels: rules,
              now,
              horizonDays: 365,
              count: 1,
            })
            // A target its gate keeps closed gets no slot: it is not open.
            if ('reason' in found) return found.reason === 'blocked' ? null : { target, phase, channel, at: null }
            return { target, phase, channel, at: found.slots[0] }
          }),
        )
      }),
    )
  ).flat()

  const postLink = (id: number | string) => `${admin}/collections/${slugs.posts}/${id}`
  const local = (instant: string) => localTime({ instant, timezone: plan.timezone }).display

  return (
    <div className="el-home" data-home-page>
      <h1 className="el-page__title">{translate({ key: 'homeTitle', t })}</h1>
      {/* Notifications (#29): messages the queue gave up on, for admins, above the rest. */}
      {failed && failed.total > 0 && (
        <div className="el-home__section" data-home-failed={failed.total} id="home-failed" role="alert">
          <h2 className="el-home__title">{translate({ key: 'homeFailedEmails', t })}</h2>
          <p>{translate({ key: 'homeFailedEmailsHelp', t })}</p>
          <ul className="el-home__list">
            {failed.emails.map((email) => (
              <li data-failed-email={email.id} key={email.id}>
                {email.to} — {email.subject} <span>{local(email.at)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="el-home__grid">
        {/* Notifications (#29): what each person has to do now. */}
        <Section id="tasks" title={translate({ key: 'homeMyTasks', t })}>
          {(
            [
              ['assigned', 'homeTasksAssigned'],
              ['waiting', 'homeTasksWaiting'],
              ['sentBack', 'homeTasksSentBack'],
              ['dueSoon', 'homeTasksDueSoon'],
            ] as const
          ).map(([list, key]) => (
            <div data-tasks={list} data-tasks-count={tasks[list].length} key={list}>
              <h3>
                {translate({ key, t })} ({tasks[list].length})
              </h3>
              {tasks[list].length === 0 ? (
                <p>{translate({ key: 'homeTasksNone', t })}</p>
              ) : (
                <ul className="el-home__list">
                  {tasks[list].map((post) => (
                    <li data-task-post={post.id} key={post.id}>
                      <a href={postLink(post.id)}>{post.title}</a>
                      {post.publishAt && <span> {local(post.publishAt)}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </Section>

        <Section id="week" title={translate({ key: 'homeWeek', t })}>
          {week.posts.length === 0 ? (
            <p>{translate({ key: 'homeWeekEmpty', t })}</p>
          ) : (
            <ul className="el-home__list">
              {week.posts.map((post) => (
                <li data-week-post={post.id} key={post.id}>
                  <a href={postLink(post.id)}>{post.title}</a> <span>{local(post.publishAt)}</span>{' '}
                  <StatusBadge status={post.status} t={t} />
                </li>
              ))}
            </ul>
          )}
          <a href={`${admin}/calendar?view=week`}>{translate({ key: 'homeOpenCalendar', t })}</a>
        </Section>

        <Section id="queue" title={translate({ key: 'homeQueue', t, vars: { count: desk.queue.total } })}>
          <p data-queue-total={desk.queue.total}>
            {translate({ key: 'homeQueueWaiting', t, vars: { count: desk.queue.total } })}
          </p>
          {desk.queue.oldest.length > 0 && (
            <ol className="el-home__list">
              {desk.queue.oldest.map((post) => (
                <li data-queue-post={post.id} key={post.id}>
                  <a href={postLink(post.id)}>{post.title}</a>{' '}
                  <span>
                    {translate({ key: 'homeQueueSince', t, vars: { date: local(post.createdAt) } })}
                  </span>
                </li>
              ))}
            </ol>
          )}
          <a
            href={`${admin}/collections/${slugs.posts}?where[status][equals]=in_review&sort=createdAt&limit=50`}
          >
            {translate({ key: 'homeOpenQueue', t })}
          </a>
          {/* Notifications (#29): the posts whose named reviewer is this user. */}
          {assigned && (
            <div data-home-assigned={assigned.total}>
              <h3>{translate({ key: 'homeAssigned', t })}</h3>
              {assigned.posts.length === 0 ? (
                <p>{translate({ key: 'homeAssignedEmpty', t })}</p>
              ) : (
                <ul className="el-home__list">
                  {assigned.posts.map((post) => (
                    <li data-assigned-post={post.id} key={post.id}>
                      <a href={postLink(post.id)}>{post.title}</a>
                    </li>
                  ))}
                </ul>
              )}
              {assigned.total > 0 && (
                <a href={`${admin}${assignedQueuePath({ posts: slugs.posts, user: user.id })}`}>
                  {translate({ key: 'assignedToMe', t, vars: { count: assigned.total } })}
                </a>
              )}
            </div>
          )}
        </Section>

        <Section
          id="mix"
          title={translate({ key: 'homeMix', t, vars: { month: monthName(month, language) } })}
        >
          <ul className="el-gauges">
            {mix.groups.map((group) => (
              <li
                className="el-gauges__item"
                data-group={group.group}
                data-verdict={group.verdict}
                key={group.group}
              >
                <div className="el-gauges__label">
                  <span>{groupLabel({ groups, value: group.group, language })}</span>
                  <span data-share={group.committedShare}>
                    {group.committedShare} %{group.planned != null ? ` / ${group.planned} %` : ''} ·{' '}
                    {translate({ key: valueKey({ prefix: 'verdict', value: group.verdict }), t })}
                  </span>
                </div>
                <div aria-hidden className="el-gauges__track">
                  <div
                    className={`el-gauges__bar el-verdict--${mix.enoughPosts ? group.verdict : 'tooFew'}`}
                    style={{ '--el-share': `${Math.min(100, group.committedShare)}%` } as React.CSSProperties}
                  />
                </div>
              </li>
            ))}
          </ul>
          <a href={`${admin}/mix?month=${month}`}>{translate({ key: 'homeOpenMix', t })}</a>
        </Section>

        <Section id="slots" title={translate({ key: 'homeSlots', t })}>
          <ul className="el-home__list">
            {slots.map(
              (slot) =>
                slot && (
                  <li
                    data-slot-channel={slot.channel?.slug}
                    data-slot-target={slot.target.id}
                    key={`${slot.target.id}:${slot.channel?.id ?? ''}`}
                  >
                    <strong>{slot.target.name}</strong>
                    {slot.channel ? ` · ${slot.channel.name}` : ''}{' '}
                    {slot.at ? (
                      <a href={`${admin}/collections/${slugs.posts}/create`}>
                        {local(slot.at)} ({slot.phase.name})
                      </a>
                    ) : (
                      translate({ key: 'homeSlotNone', t })
                    )}
                  </li>
                ),
            )}
          </ul>
        </Section>
      </div>

      <Section
        id="coverage"
        title={translate({ key: 'homeCoverage', t, vars: { month: monthName(month, language) } })}
      >
        <CoverageTable admin={admin} posts={slugs.posts} month={month} rows={coverage.rows} t={t} />
        {coverage.campaignMonth !== null && (
          <p className="el-small">
            {translate({ key: 'homeCoverageLegend', t, vars: { month: coverage.campaignMonth } })}
          </p>
        )}
      </Section>

      <Section id="messages" title={translate({ key: 'homeStale', t })}>
        {desk.staleMessages.length === 0 ? (
          <p>{translate({ key: 'homeStaleNone', t })}</p>
        ) : (
          <ul className="el-home__list el-home__list--columns">
            {desk.staleMessages.map((message) => (
              <li data-stale-message={message.id} key={message.id}>
                <a href={`${admin}/collections/${slugs.messages}/${message.id}`}>{message.text}</a>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  )
}

/** Targets down, journey phases across; in-season cells outlined, empty in-season cells flagged. */
const CoverageTable = ({
  admin,
  posts,
  month,
  rows,
  t,
}: {
  admin: string
  /** The posts collection's slug. */
  posts: string
  month: string
  rows: CoverageRow[]
  t: I18nClient['t']
}) => (
  <div className="el-scroll">
    <table className="el-coverage" data-coverage={month}>
      <thead>
        <tr>
          <th className="el-coverage__head" scope="col">
            {translate({ key: 'target', t })}
          </th>
          {rows[0]?.cells.map((cell) => (
            <th className="el-coverage__phase" key={cell.key} scope="col">
              {translate({ key: valueKey({ prefix: 'phase', value: cell.key }), t })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr data-coverage-target={row.target.id} key={row.target.id}>
            <th className="el-coverage__head" scope="row">
              {row.target.name}
            </th>
            {row.cells.map((cell) => (
              <td
                className={[
                  'el-coverage__cell',
                  cell.inSeason && 'el-coverage__cell--in-season',
                  cell.gap && 'el-coverage__cell--gap',
                ]
                  .filter(Boolean)
                  .join(' ')}
                data-gap={cell.gap}
                data-in-season={cell.inSeason}
                data-phase-key={cell.key}
                data-posts={cell.posts}
                key={cell.key}
              >
                {cell.phase ? (
                  <a
                    href={`${admin}/collections/${posts}?where[phase][equals]=${cell.phase.id}`}
                    title={cell.phase.name}
                  >
                    {cell.posts}
                    {cell.gap ? ` · ${translate({ key: 'homeCoverageGap', t })}` : ''}
                    {cell.inSeason && !cell.gap ? ` · ${translate({ key: 'homeCoverageInSeason', t })}` : ''}
                  </a>
                ) : (
                  '—'
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)
