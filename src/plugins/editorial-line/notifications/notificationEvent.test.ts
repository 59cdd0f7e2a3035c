import { describe, expect, it } from 'vitest'

import { notificationEvent } from './notificationEvent.js'

describe('notificationEvent', () => {
  it('names the message of each reviewed change of status', () => {
    expect(notificationEvent({ from: 'draft', to: 'in_review' })).toBe('review')
    expect(notificationEvent({ from: 'changes_requested', to: 'in_review' })).toBe('review')
    expect(notificationEvent({ from: 'in_review', to: 'changes_requested' })).toBe('changesRequested')
    expect(notificationEvent({ from: 'in_review', to: 'approved' })).toBe('approved')
  })

  it('calls for none on a save that keeps the status, or on publication and withdrawal', () => {
    expect(notificationEvent({ from: 'in_review', to: 'in_review' })).toBeNull()
    expect(notificationEvent({ from: 'approved', to: 'published' })).toBeNull()
    expect(notificationEvent({ from: 'approved', to: 'draft' })).toBeNull()
  })
})
