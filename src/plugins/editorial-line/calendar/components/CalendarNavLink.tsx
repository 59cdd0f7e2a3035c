import type { ServerProps } from 'payload'

import React from 'react'

import { translate } from '../../translations/index.js'
import '../../admin/editorialLine.css'

/** "Calendar" in the admin navigation, after the collections. */
export const CalendarNavLink = ({ i18n, payload }: ServerProps) => (
  <a
    className="nav__link el-nav-link"
    href={`${payload.config.routes.admin}/calendar`}
    id="nav-editorial-calendar"
  >
    {translate({ key: 'calendarTitle', t: i18n.t })}
  </a>
)
