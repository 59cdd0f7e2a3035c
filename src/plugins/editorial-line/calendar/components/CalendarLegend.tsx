import type { TFunction } from '@payloadcms/translations'

import React from 'react'

import type { CalendarViewKind } from '../calendarParams.js'
import type { CalendarChannel, CalendarTarget } from '../loadCalendar.js'
import type { MixGroupOption } from '../../mix/groups.js'

import { weekdayNames } from '../calendarLabels.js'
import { channelTone } from '../channelTone.js'
import { POST_STATUSES } from '../../constants.js'
import { groupLabel, groupTone } from '../../mix/groups.js'
import { translate } from '../../translations/index.js'
import { StatusBadge } from './StatusBadge.js'

/** What the colours, channel marks and badges mean, and each target's publication window. */
export const CalendarLegend = ({
  channels,
  groups,
  language,
  t,
  targets,
  timezone,
  view,
}: {
  channels: CalendarChannel[]
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
    <section className="el-legend" data-legend>
      <div>
        <h3 className="el-legend__title">{translate({ key: 'calendarLegendGroups', t })}</h3>
        <ul className="el-legend__list">
          {groups.map(({ value: group }) => (
            <li data-legend-group={group} key={group}>
              <span aria-hidden className={`el-swatch el-tone--${groupTone({ groups, value: group })}`} />
              <strong>{groupLabel({ groups, value: group, language })}</strong>
              <ul className="el-legend__targets">
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
        <h3 className="el-legend__title">{translate({ key: 'calendarLegendChannels', t })}</h3>
        <ul className="el-legend__list">
          {channels.map(({ name, slug }) => (
            <li data-legend-channel={slug} key={slug}>
              <span aria-hidden className={`el-channel-mark el-channel--${channelTone({ channels, slug })}`} />
              {name}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="el-legend__title">{translate({ key: 'calendarLegendStatuses', t })}</h3>
        <ul className="el-legend__list">
          {POST_STATUSES.map((status) => (
            <li key={status}>
              <StatusBadge status={status} t={t} />
            </li>
          ))}
        </ul>
      </div>
      <p className="el-legend__note">
        {translate({ key: 'calendarTimezone', t, vars: { timezone } })}
        {view === 'week' && ` ${translate({ key: 'calendarWindowsNote', t })}`}
      </p>
    </section>
  )
}
