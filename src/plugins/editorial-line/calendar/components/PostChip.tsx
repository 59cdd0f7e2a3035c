import type { TFunction } from '@payloadcms/translations'

import React from 'react'

import type { CalendarPost } from '../loadCalendar.js'
import type { PlacedPost } from '../placePosts.js'
import type { MixGroupOption } from '../../mix/groups.js'

import { groupLabel, groupTone } from '../../mix/groups.js'
import { translate } from '../../translations/index.js'
import { StatusBadge } from './StatusBadge.js'

/** One post in the calendar: time, status, title, its group's colour; opens the post. */
export const PostChip = ({
  postsPath,
  groups,
  language,
  placed: { post, time },
  t,
}: {
  postsPath: string
  groups: MixGroupOption[]
  language: string
  placed: PlacedPost<CalendarPost & { channelTone?: string }>
  t: TFunction<any>
}) => {
  const group = post.target?.mixGroup
  const tone = groupTone({ groups, value: group ?? '' })
  const about = post.target
    ? `${groupLabel({ groups, value: post.target.mixGroup, language })} — ${post.target.name}`
    : translate({ key: 'calendarNoTarget', t })
  const channel = post.channel?.name ?? translate({ key: 'calendarNoChannel', t })
  return (
    <a
      className={`el-chip el-tone--${tone}`}
      data-channel={post.channel?.slug ?? 'none'}
      data-group={group ?? 'none'}
      data-post-id={post.id}
      data-status={post.status}
      data-time={time}
      href={`${postsPath}/${post.id}`}
      title={`${time} · ${post.title} · ${about} · ${channel}`}
    >
      <span className="el-chip__head">
        <span aria-hidden className={`el-channel-mark el-channel--${post.channelTone ?? 'none'}`} />
        <time className="el-chip__time">{time}</time>
        <StatusBadge status={post.status} t={t} />
      </span>
      <span className="el-chip__title" data-field="title">
        {post.title}
      </span>
      {/* Read by screen readers: the colours alone must not carry the group or the channel. */}
      <span className="el-visually-hidden">
        {about} · {channel}
      </span>
    </a>
  )
}
