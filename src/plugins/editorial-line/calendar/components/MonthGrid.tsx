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
  weekLink,
  groups,
  language,
  placed,
  range,
  t,
  today,
}: {
  /** Where the posts' edit views are: `/admin/collections/posts`. */
  postsPath: string
  /** The address of the week of a day, keeping the view's filters. */
  weekLink: (day: string) => string
  groups: MixGroupOption[]
  language: string
  placed: Record<string, PlacedPost<CalendarPost>[]>
  range: CalendarRange
  t: TFunction<any>
  today: string
}) => {
  const names = weekdayNames({ language, style: 'long' })
  return (
    <table className="el-month" data-view="month">
      <thead>
        <tr>
          {WEEKDAYS.map((weekday) => (
            <th className="el-month__weekday" key={weekday} scope="col">
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
                className={[
                  'el-month__day',
                  !inRange && 'el-month__day--outside',
                  day === today && 'el-month__day--today',
                ]
                  .filter(Boolean)
                  .join(' ')}
                data-day={day}
                data-in-range={inRange}
                data-today={day === today || undefined}
                key={day}
              >
                <a
                  className="el-month__date"
                  aria-label={translate({
                    key: 'calendarWeekOf',
                    t,
                    vars: { day: dayLabel({ day, language }) },
                  })}
                  data-week-link={day}
                  href={weekLink(day)}
                >
                  {Number(day.slice(8))}
                </a>
                {inRange && placed[day] && (
                  <ul className="el-month__posts">
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
