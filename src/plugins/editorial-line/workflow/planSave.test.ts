import { describe, expect, it } from 'vitest'

import { planSave } from './planSave.js'

const save = (overrides: Partial<Parameters<typeof planSave>[0]>) =>
  planSave({
    latest: 'draft',
    live: null,
    requested: undefined,
    contentChanged: false,
    publishAtMoved: false,
    ...overrides,
  })

describe('planSave', () => {
  it('changes the document itself while nothing is live', () => {
    expect(save({ requested: 'in_review' })).toMatchObject({
      from: 'draft',
      to: 'in_review',
      mode: 'document',
    })
    expect(save({ contentChanged: true })).toMatchObject({ to: 'draft', mode: 'document', revision: false })
  })

  it('publishes when a post is approved or marked published', () => {
    expect(save({ latest: 'in_review', requested: 'approved' })).toMatchObject({
      to: 'approved',
      mode: 'publish',
    })
    expect(save({ latest: 'approved', live: 'approved', requested: 'published' })).toMatchObject({
      from: 'approved',
      to: 'published',
      mode: 'publish',
      onLive: false,
    })
  })

  it('turns an edit of an approved post into a draft revision that leaves the live version alone', () => {
    const edit = save({ latest: 'approved', live: 'approved', contentChanged: true })
    expect(edit).toEqual({ from: 'approved', to: 'draft', mode: 'draft', revision: true, onLive: false })
    // the form sends the whole post, status included
    expect(
      save({ latest: 'approved', live: 'approved', requested: 'approved', contentChanged: true }),
    ).toEqual(edit)
    expect(
      save({ latest: 'approved', live: 'approved', requested: 'in_review', contentChanged: true }),
    ).toMatchObject({ to: 'in_review', mode: 'draft', revision: true })
  })

  it('sends an approved post back to review when its date moves', () => {
    expect(save({ latest: 'approved', live: 'approved', publishAtMoved: true })).toMatchObject({
      to: 'in_review',
      mode: 'draft',
      revision: true,
    })
  })

  it('keeps reviewing a revision beside the live version, and approving it publishes it', () => {
    const live = { latest: 'in_review', live: 'approved' } as const
    expect(save({ ...live, requested: 'changes_requested' })).toMatchObject({
      mode: 'draft',
      revision: false,
    })
    expect(save({ ...live, requested: 'approved' })).toMatchObject({ mode: 'publish' })
  })

  it('withdraws an approved post when only its status goes back to draft', () => {
    expect(save({ latest: 'approved', live: 'approved', requested: 'draft' })).toMatchObject({
      to: 'draft',
      mode: 'unpublish',
      revision: false,
    })
  })

  it('marks the live version published while a revision waits', () => {
    expect(save({ latest: 'in_review', live: 'approved', requested: 'published' })).toEqual({
      from: 'approved',
      to: 'published',
      mode: 'publish',
      revision: false,
      onLive: true,
    })
  })

  it('never opens a revision of a published post (the rules refuse the edit instead)', () => {
    expect(save({ latest: 'published', live: 'published', contentChanged: true })).toMatchObject({
      from: 'published',
      to: 'published',
      revision: false,
    })
  })
})
