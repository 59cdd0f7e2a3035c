import type { TFunction } from '@payloadcms/translations'

import React from 'react'

import type { CalendarRange } from '../calendarRange.js'
import type { CalendarPost, CalendarTarget } from '../loadCalendar.js'
import type { PlacedPost } from '../placePosts.js'
import type { MixGroupOption } from '../../mix/groups.js'

import { clockTime, dayLabel } from '../calendarLabels.js'
import { groupWindows } from '../groupWindows.js'
import { stackByTime } from '../stackByTime.js'
import { visibleHours } from '../visibleHours.js'
import { groupColour, groupLabel } from '../../mix/groups.js'
import { translate } from '../../translations/index.js'
import { PostChip } from './PostChip.js'

/** Height of an hour, and of a post chip with the gap below it, in pixels. */
const HOUR = 48
const CHIP = 40
/** Width of each group's strip at the left of its shaded window, so overlapping windows stay apart. */
const LANE = 5

/**
 * A week as seven columns by hour: each post at its time, and behind them the windows of the
 * target groups that have posts this week, each in its group's colour.
 */
export const WeekGrid = ({
  postsPath,
  groups: declared,
  language,
  placed,
  range,
  t,
  targets,
  today,
}: {
  /** Where the posts' edit views are: `/admin/collections/posts`. */
  postsPath: string
  groups: MixGroupOption[]
  language: string
  placed: Record<string, PlacedPost<CalendarPost>[]>
  range: CalendarRange
  t: TFunction<any>
  targets: CalendarTarget[]
  today: string
}) => {
  const days = range.weeks[0]
  const items = days.flatMap(({ day }) => placed[day] ?? [])
  const { from, to } = visibleHours({ minutes: items.map((item) => item.minutes) })
  const hours = Array.from({ length: to - from }, (_, index) => from + index)
  const top = (minutes: number) => ((minutes - from * 60) / 60) * HOUR
  const groups = declared
    .map((group) => group.value)
    .filter((group) => items.some((item) => item.post.target?.mixGroup === group))
  const height = (to - from) * HOUR

  return (
    <div
      data-view="week"
      style={{
        display: 'grid',
        gridTemplateColumns: '56px repeat(7, minmax(110px, 1fr))',
        minWidth: 860,
        border: '1px solid var(--theme-elevation-150)',
      }}
    >
      <div />
      {days.map(({ day }) => (
        <div
          data-day-header={day}
          key={day}
          style={{
            padding: 6,
            fontSize: 13,
            fontWeight: day === today ? 700 : 600,
            textDecoration: day === today ? 'underline' : undefined,
            borderLeft: '1px solid var(--theme-elevation-150)',
            borderBottom: '1px solid var(--theme-elevation-150)',
          }}
        >
          {dayLabel({ day, language })}
        </div>
      ))}
      <div aria-hidden style={{ position: 'relative', height }}>
        {hours.map((hour) => (
          <div
            key={hour}
            style={{
              position: 'absolute',
              top: (hour - from) * HOUR,
              right: 6,
              fontSize: 11,
              lineHeight: '16px',
            }}
          >
            {clockTime(hour * 60)}
          </div>
        ))}
      </div>
      {days.map(({ day, weekday }) => (
        <div
          aria-label={dayLabel({ day, language })}
          data-day={day}
          key={day}
          role="group"
          style={{
            position: 'relative',
            height,
            borderLeft: '1px solid var(--theme-elevation-150)',
            backgroundImage: 'linear-gradient(to bottom, var(--theme-elevation-100) 1px, transparent 1px)',
            backgroundSize: `100% ${HOUR}px`,
          }}
        >
          {groupWindows({ groups, targets, weekday }).flatMap(({ group, intervals }) =>
            intervals.map((interval) => {
              const start = Math.max(interval.start, from * 60)
              const end = Math.min(interval.end, to * 60)
              if (end <= start) return null
              const colour = groupColour({ groups: declared, value: group })
              return (
                <div
                  aria-hidden
                  data-end={clockTime(interval.end)}
                  data-group={group}
                  data-start={clockTime(interval.start)}
                  data-window
                  key={`${group}-${interval.start}`}
                  title={translate({
                    key: 'calendarWindowTitle',
                    t,
                    vars: {
                      group: groupLabel({ groups: declared, value: group, language }),
                      start: clockTime(interval.start),
                      end: clockTime(interval.end),
                    },
                  })}
                  style={{
                    position: 'absolute',
                    top: top(start),
                    height: top(end) - top(start),
                    left: groups.indexOf(group) * LANE,
                    right: 0,
                    background: `${colour}1f`,
                    borderLeft: `${LANE - 1}px solid ${colour}`,
                  }}
                />
              )
            }),
          )}
          {stackByTime({ items: placed[day] ?? [], top, itemHeight: CHIP }).map((stack) => (
            <ul
              key={stack.items[0].post.id}
              style={{
                position: 'absolute',
                top: stack.top,
                left: groups.length * LANE + 2,
                right: 3,
                zIndex: 1,
                listStyle: 'none',
                margin: 0,
                padding: 0,
                display: 'grid',
                gridTemplateColumns: 'minmax(0, 1fr)',
                gap: 2,
              }}
            >
              {stack.items.map((item) => (
                <li key={item.post.id}>
                  <PostChip postsPath={postsPath} groups={declared} language={language} placed={item} t={t} />
                </li>
              ))}
            </ul>
          ))}
        </div>
      ))}
    </div>
  )
}
