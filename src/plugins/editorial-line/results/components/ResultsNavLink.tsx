import type { ServerProps } from 'payload'

import React from 'react'

import { translate } from '../../translations/index.js'
import '../../admin/editorialLine.css'

/** "Results" in the admin navigation, after the collections. */
export const ResultsNavLink = ({ i18n, payload }: ServerProps) => (
  <a
    className="nav__link el-nav-link"
    href={`${payload.config.routes.admin}/results`}
    id="nav-editorial-results"
  >
    {translate({ key: 'resultsTitle', t: i18n.t })}
  </a>
)
