import type { TFunction } from '@payloadcms/translations'

import React from 'react'

import type { CalendarPost } from '../loadCalendar.js'
import type { PlacedPost } from '../placePosts.js'
import type { MixGroupOption } from '../../mix/groups.js'

import { groupColour, groupLabel } from '../../mix/groups.js'
import { translate } from '../../translations/index.js'
import { StatusBadge } from './StatusBadge.js'

/** Hidden from sight, read by screen readers: the colour alone must not carry the group. */
const VISUALLY_HIDDEN: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
}

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
  placed: PlacedPost<CalendarPost>
  t: TFunction<any>
}) => {
  const group = post.target?.mixGroup
  const colour = groupColour({ groups, value: group ?? '' })
  const about = post.target
    ? `${groupLabel({ groups, value: post.target.mixGroup, language })} — ${post.target.name}`
    : translate({ key: 'calendarNoTarget', t })
  return (
    <a
      data-group={group ?? 'none'}
      data-post-id={post.id}
      data-status={post.status}
      data-time={time}
      href={`${postsPath}/${post.id}`}
      title={`${time} · ${post.title} · ${about}`}
      style={{
        position: 'relative',
        display: 'block',
        padding: '2px 6px',
        borderLeft: `4px solid ${colour}`,
        borderRadius: 3,
        background: 'var(--theme-elevation-50)',
        color: 'var(--theme-text)',
        textDecoration: 'none',
        fontSize: 12,
        lineHeight: '16px',
        overflow: 'hidden',
      }}
    >
      <span style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <time style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>{time}</time>
        <StatusBadge status={post.status} t={t} />
      </span>
      <span
        data-field="title"
        style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
      >
        {post.title}
      </span>
      <span style={VISUALLY_HIDDEN}>{about}</span>
    </a>
  )
}
