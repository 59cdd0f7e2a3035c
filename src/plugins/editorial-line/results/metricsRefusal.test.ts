import { describe, expect, it } from 'vitest'

import { metricsRefusal } from './metricsRefusal.js'

describe('metricsRefusal', () => {
  it('lets a publisher with its API key and an admin record metrics of a published post', () => {
    expect(metricsRefusal({ roles: ['publisher'], apiKey: true, trusted: false, status: 'published' })).toBe(
      null,
    )
    expect(metricsRefusal({ roles: ['admin'], apiKey: false, trusted: false, status: 'published' })).toBe(
      null,
    )
    expect(metricsRefusal({ roles: [], apiKey: false, trusted: true, status: 'published' })).toBe(null)
  })

  it('refuses everyone else, a publisher logged in without its key included', () => {
    for (const roles of [['editor'], ['approver'], [], ['editor', 'approver']] as const) {
      expect(metricsRefusal({ roles, apiKey: false, trusted: false, status: 'published' })).toBe('role')
      expect(metricsRefusal({ roles, apiKey: true, trusted: false, status: 'published' })).toBe('role')
    }
    expect(metricsRefusal({ roles: ['publisher'], apiKey: false, trusted: false, status: 'published' })).toBe(
      'role',
    )
  })

  it('refuses metrics on a post that has not gone out, or is being created', () => {
    for (const status of ['draft', 'in_review', 'changes_requested', 'approved', null] as const) {
      expect(metricsRefusal({ roles: ['admin'], apiKey: false, trusted: false, status })).toBe('notPublished')
      expect(metricsRefusal({ roles: [], apiKey: false, trusted: true, status })).toBe('notPublished')
    }
  })
})
