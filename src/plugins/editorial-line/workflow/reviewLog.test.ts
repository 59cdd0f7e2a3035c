import { describe, expect, it } from 'vitest'

import { nextReviewLog, type ReviewLogEntry } from './reviewLog.js'

const at = new Date('2027-01-04T10:00:00.000Z')
const earlier: ReviewLogEntry = {
  from: 'draft',
  to: 'in_review',
  by: 3,
  at: '2027-01-03T10:00:00.000Z',
  comment: null,
}

describe('nextReviewLog', () => {
  it('appends the transition with who, when and the comment', () => {
    expect(
      nextReviewLog({
        before: [earlier],
        plan: { from: 'in_review', to: 'changes_requested' },
        by: 5,
        at,
        comment: 'Citez un client réel.',
      }),
    ).toEqual([
      earlier,
      {
        from: 'in_review',
        to: 'changes_requested',
        by: 5,
        at: at.toISOString(),
        comment: 'Citez un client réel.',
      },
    ])
  })

  it('leaves the log as it was when the status does not change', () => {
    const before = [earlier]
    expect(nextReviewLog({ before, plan: { from: 'draft', to: 'draft' }, by: 5, at, comment: null })).toBe(
      before,
    )
  })
})
