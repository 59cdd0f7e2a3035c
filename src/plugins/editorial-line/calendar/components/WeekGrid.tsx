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
import { groupLabel, groupTone } from '../../mix/groups.js'
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
      className="el-week"
      data-view="week"
      style={{ '--el-hour': `${HOUR}px`, '--el-height': `${height}px` } as React.CSSProperties}
    >
      <div />
      {days.map(({ day }) => (
        <div
          className={`el-week__header${day === today ? ' el-week__header--today' : ''}`}
          data-day-header={day}
          key={day}
        >
          {dayLabel({ day, language })}
        </div>
      ))}
      <div aria-hidden className="el-week__hours">
        {hours.map((hour) => (
          <div
            className="el-week__hour"
            key={hour}
            style={{ '--el-top': `${(hour - from) * HOUR}px` } as React.CSSProperties}
          >
            {clockTime(hour * 60)}
          </div>
        ))}
      </div>
      {days.map(({ day, weekday }) => (
        <div
          aria-label={dayLabel({ day, language })}
          className="el-week__day"
          data-day={day}
          key={day}
          role="group"
        >
          {groupWindows({ groups, targets, weekday }).flatMap(({ group, intervals }) =>
            intervals.map((interval) => {
              const start = Math.max(interval.start, from * 60)
              const end = Math.min(interval.end, to * 60)
              if (end <= start) return null
              return (
                <div
                  aria-hidden
                  className={`el-week__window el-tone--${groupTone({ groups: declared, value: group })}`}
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
                  style={
                    {
                      '--el-top': `${top(start)}px`,
                      '--el-height': `${top(end) - top(start)}px`,
                      '--el-left': `${groups.indexOf(group) * LANE}px`,
                      '--el-lane': `${LANE - 1}px`,
                    } as React.CSSProperties
                  }
                />
              )
            }),
          )}
          {stackByTime({ items: placed[day] ?? [], top, itemHeight: CHIP }).map((stack) => (
            <ul
              className="el-week__stack"
              key={stack.items[0].post.id}
              style={
                {
                  '--el-top': `${stack.top}px`,
                  '--el-left': `${groups.length * LANE + 2}px`,
                } as React.CSSProperties
              }
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
