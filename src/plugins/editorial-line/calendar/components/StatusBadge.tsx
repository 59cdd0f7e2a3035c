import type { TFunction } from '@payloadcms/translations'

import React from 'react'

import type { PostStatus } from '../../constants.js'

import { STATUS_COLOURS } from '../statusColours.js'
import { translate, valueKey } from '../../translations/index.js'

export const StatusBadge = ({ status, t }: { status: PostStatus; t: TFunction<any> }) => (
  <span
    data-status-badge={status}
    style={{
      display: 'inline-block',
      padding: '0 6px',
      borderRadius: 8,
      fontSize: 11,
      lineHeight: '16px',
      fontWeight: 600,
      whiteSpace: 'nowrap',
      color: STATUS_COLOURS[status].text,
      background: STATUS_COLOURS[status].background,
    }}
  >
    {translate({ key: valueKey({ prefix: 'status', value: status }), t })}
  </span>
)
