import type { TFunction } from '@payloadcms/translations'

import React from 'react'

import type { CalendarRange } from '../calendarRange.js'
import type { CalendarPost } from '../loadCalendar.js'
import type { PlacedPost } from '../placePosts.js'
import type { MixGroupOption } from '../../mix/groups.js'

import { dayLabel, weekdayNames } from '../calendarLabels.js'
import { WEEKDAYS } from '../../constants.js'
import { translate } from '../../translations/index.js'
import { PostChip } from './PostChip.js'

/** A month as a table of weeks, Monday first; each day of the month lists its posts by time. */
export const MonthGrid = ({
  postsPath,
  calendarPath,
  groups,
  language,
  placed,
  range,
  t,
  today,
}: {
  /** Where the posts' edit views are: `/admin/collections/posts`. */
  postsPath: string
  calendarPath: string
  groups: MixGroupOption[]
  language: string
  placed: Record<string, PlacedPost<CalendarPost>[]>
  range: CalendarRange
  t: TFunction<any>
  today: string
}) => {
  const names = weekdayNames({ language, style: 'long' })
  return (
    <table
      data-view="month"
      style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse', minWidth: 760 }}
    >
      <thead>
        <tr>
          {WEEKDAYS.map((weekday) => (
            <th
              key={weekday}
              scope="col"
              style={{
                padding: 4,
                fontSize: 13,
                fontWeight: 600,
                textTransform: 'capitalize',
                textAlign: 'left',
              }}
            >
              {names[weekday]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {range.weeks.map((week) => (
          <tr key={week[0].day}>
            {week.map(({ day, inRange }) => (
              <td
                data-day={day}
                data-in-range={inRange}
                data-today={day === today || undefined}
                key={day}
                style={{
                  verticalAlign: 'top',
                  height: 120,
                  padding: 4,
                  border: '1px solid var(--theme-elevation-150)',
                  background: inRange ? undefined : 'var(--theme-elevation-50)',
                  boxShadow: day === today ? 'inset 0 0 0 2px var(--theme-elevation-800)' : undefined,
                }}
              >
                <a
                  aria-label={translate({
                    key: 'calendarWeekOf',
                    t,
                    vars: { day: dayLabel({ day, language }) },
                  })}
                  data-week-link={day}
                  href={`${calendarPath}?view=week&date=${day}`}
                  style={{
                    display: 'inline-block',
                    fontSize: 13,
                    fontWeight: day === today ? 700 : 400,
                    color: inRange ? 'var(--theme-text)' : 'var(--theme-elevation-600)',
                    textDecoration: 'none',
                  }}
                >
                  {Number(day.slice(8))}
                </a>
                {inRange && placed[day] && (
                  <ul
                    style={{
                      listStyle: 'none',
                      margin: '4px 0 0',
                      padding: 0,
                      display: 'grid',
                      // minmax(0, …): long titles shorten with an ellipsis instead of widening the day.
                      gridTemplateColumns: 'minmax(0, 1fr)',
                      gap: 3,
                    }}
                  >
                    {placed[day].map((item) => (
                      <li key={item.post.id}>
                        <PostChip
                          postsPath={postsPath}
                          groups={groups}
                          language={language}
                          placed={item}
                          t={t}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
