'use client'

import { useRowLabel } from '@payloadcms/ui'

import { pad } from '../../time/pad.js'

export type ArrayRowLabelProps = {
  /** The field of the row whose value names it, e.g. `month` for a mix row. */
  fieldName: string
}

/** Names an array row by one of its fields ("2026-03" rather than "Mix 03"). */
export const ArrayRowLabel = ({ fieldName }: ArrayRowLabelProps) => {
  const { data, rowNumber = 0 } = useRowLabel<Record<string, unknown>>()
  const value = data?.[fieldName]
  return <span>{typeof value === 'string' && value.trim() ? value : pad(rowNumber + 1)}</span>
}
