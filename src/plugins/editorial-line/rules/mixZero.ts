import type { Rule } from './types.js'

import { mixRow } from './mixRow.js'

/** A group planned at 0 % for a month takes no post that month. */
export const mixZero: Rule = ({ plan, post, target }) => {
  if (!target || !post.publishAt) return []
  const row = mixRow({ plan, publishAt: post.publishAt, group: target.mixGroup })
  if (!row || row.planned > 0) return []
  return [{ path: 'target', message: { key: 'mixZero', vars: { group: target.mixGroup, month: row.month } } }]
}
