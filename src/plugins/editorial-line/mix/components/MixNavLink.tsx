import type { ServerProps } from 'payload'

import React from 'react'

import { translate } from '../../translations/index.js'
import '../../admin/editorialLine.css'

/** "Monthly mix" in the admin navigation, after the collections. */
export const MixNavLink = ({ i18n, payload }: ServerProps) => (
  <a className="nav__link el-nav-link" href={`${payload.config.routes.admin}/mix`} id="nav-editorial-mix">
    {translate({ key: 'mixTitle', t: i18n.t })}
  </a>
)
