import type { TFunction } from '@payloadcms/translations'

import React from 'react'

import type { PostStatus } from '../../constants.js'

import { translate, valueKey } from '../../translations/index.js'
import '../../admin/editorialLine.css'

/** A post's status as a badge; its colours (`.el-status--<status>`) read well in both themes. */
export const StatusBadge = ({ status, t }: { status: PostStatus; t: TFunction<any> }) => (
  <span className={`el-status el-status--${status}`} data-status-badge={status}>
    {translate({ key: valueKey({ prefix: 'status', value: status }), t })}
  </span>
)
