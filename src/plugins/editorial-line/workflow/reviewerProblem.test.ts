import { describe, expect, it } from 'vitest'

import { reviewerProblem } from './reviewerProblem.js'

const base = {
  reviewer: 2,
  before: null,
  reviewerRoles: ['approver'] as const,
  author: 1,
  from: 'draft' as const,
  trusted: false,
  actor: 1,
  actorRoles: ['editor'] as const,
}

describe('reviewerProblem', () => {
  it('lets the author name an approver or an admin while writing or sending to review', () => {
    expect(reviewerProblem(base)).toBeNull()
    expect(reviewerProblem({ ...base, from: 'changes_requested', reviewerRoles: ['admin'] })).toBeNull()
    expect(reviewerProblem({ ...base, author: null })).toBeNull()
  })

  it('refuses a reviewer who is neither approver nor admin', () => {
    expect(reviewerProblem({ ...base, reviewerRoles: ['editor', 'publisher'] })).toBe('notReviewer')
    expect(reviewerProblem({ ...base, reviewerRoles: [], trusted: true })).toBe('notReviewer')
  })

  it('refuses the author as reviewer, even unchanged or from a trusted save', () => {
    expect(reviewerProblem({ ...base, reviewer: 1, actorRoles: ['approver'] })).toBe('author')
    expect(reviewerProblem({ ...base, reviewer: '1', before: 1, trusted: true })).toBe('author')
  })

  it('refuses the author changing it once the post is in review or further, and anyone else but approvers', () => {
    expect(reviewerProblem({ ...base, from: 'in_review' })).toBe('notAllowed')
    expect(reviewerProblem({ ...base, from: 'approved' })).toBe('notAllowed')
    expect(reviewerProblem({ ...base, actor: 3 })).toBe('notAllowed')
    expect(reviewerProblem({ ...base, reviewer: null, before: 2, from: 'in_review' })).toBe('notAllowed')
  })

  it('lets approvers and admins change or clear it at any stage, and leaves an unchanged one alone', () => {
    expect(reviewerProblem({ ...base, from: 'in_review', actor: 3, actorRoles: ['approver'] })).toBeNull()
    expect(
      reviewerProblem({
        ...base,
        reviewer: null,
        before: 2,
        from: 'approved',
        actor: 3,
        actorRoles: ['admin'],
      }),
    ).toBeNull()
    expect(reviewerProblem({ ...base, before: '2', from: 'in_review', reviewerRoles: [] })).toBeNull()
  })
})
