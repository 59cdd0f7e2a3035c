import type { TFunction } from '@payloadcms/translations'

import React from 'react'

import type { CalendarViewKind } from '../calendarParams.js'
import type { CalendarTarget } from '../loadCalendar.js'
import type { MixGroupOption } from '../../mix/groups.js'

import { weekdayNames } from '../calendarLabels.js'
import { POST_STATUSES } from '../../constants.js'
import { groupColour, groupLabel } from '../../mix/groups.js'
import { translate } from '../../translations/index.js'
import { StatusBadge } from './StatusBadge.js'

/** What the colours and badges mean, and each target's publication window. */
export const CalendarLegend = ({
  groups,
  language,
  t,
  targets,
  timezone,
  view,
}: {
  groups: MixGroupOption[]
  language: string
  t: TFunction<any>
  targets: CalendarTarget[]
  timezone: string
  view: CalendarViewKind
}) => {
  const names = weekdayNames({ language, style: 'short' })
  const describeWindow = ({ timing }: CalendarTarget) => {
    const days = timing?.days?.length
      ? timing.days.map((day) => names[day]).join(', ')
      : translate({ key: 'calendarAnyDay', t })
    const hours =
      timing?.start && timing?.end
        ? `${timing.start}–${timing.end}`
        : translate({ key: 'calendarAnyHour', t })
    return `${days} · ${hours}`
  }
  return (
    <section
      data-legend
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 'calc(var(--base) * 2)',
        marginTop: 'calc(var(--base) * 1.5)',
        fontSize: 13,
      }}
    >
      <div>
        <h3 style={{ fontSize: 15, margin: '0 0 6px' }}>{translate({ key: 'calendarLegendGroups', t })}</h3>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
          {groups.map(({ value: group }) => (
            <li data-legend-group={group} key={group}>
              <span
                aria-hidden
                style={{
                  display: 'inline-block',
                  width: 12,
                  height: 12,
                  marginRight: 6,
                  verticalAlign: 'middle',
                  background: groupColour({ groups, value: group }),
                }}
              />
              <strong>{groupLabel({ groups, value: group, language })}</strong>
              <ul style={{ listStyle: 'none', margin: '2px 0 0 18px', padding: 0 }}>
                {targets
                  .filter((target) => target.mixGroup === group)
                  .map((target) => (
                    <li data-legend-target={target.id} key={target.id}>
                      {target.name} — {describeWindow(target)}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 style={{ fontSize: 15, margin: '0 0 6px' }}>{translate({ key: 'calendarLegendStatuses', t })}</h3>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
          {POST_STATUSES.map((status) => (
            <li key={status}>
              <StatusBadge status={status} t={t} />
            </li>
          ))}
        </ul>
      </div>
      <p style={{ flexBasis: '100%', margin: 0 }}>
        {translate({ key: 'calendarTimezone', t, vars: { timezone } })}
        {view === 'week' && ` ${translate({ key: 'calendarWindowsNote', t })}`}
      </p>
    </section>
  )
}
