import type { DefaultServerCellComponentProps } from 'payload'

import React from 'react'

import { translate } from '../../translations/index.js'

/** In the posts list: how many warnings a post carries, and the first one, for the review queue. */
export const WarningsCell = ({ cellData, i18n }: DefaultServerCellComponentProps) => {
  const warnings = Array.isArray(cellData) ? (cellData as { message?: null | string }[]) : []
  if (warnings.length === 0) return <span data-warnings="0">—</span>
  return (
    <span data-warnings={warnings.length} title={warnings.map((warning) => warning.message).join('\n')}>
      ⚠ {translate({ key: 'warningCount', t: i18n.t, vars: { count: warnings.length } })}
    </span>
  )
}
