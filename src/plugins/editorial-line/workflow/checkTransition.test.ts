import { describe, expect, it } from 'vitest'

import type { PostStatus, Role } from '../constants.js'

import { POST_STATUSES, ROLES } from '../constants.js'
import { checkTransition } from './checkTransition.js'
import { TRANSITIONS } from './transitions.js'

const check = (overrides: Partial<Parameters<typeof checkTransition>[0]>) =>
  checkTransition({
    from: 'draft',
    to: 'draft',
    revision: false,
    edited: false,
    roles: ['editor'],
    isAuthor: true,
    comment: null,
    ...overrides,
  })

describe('checkTransition', () => {
  it('allows each listed transition to its roles and refuses it to the others', () => {
    for (const transition of TRANSITIONS) {
      for (const role of ROLES) {
        const refusal = check({
          from: transition.from,
          to: transition.to,
          roles: [role],
          isAuthor: false,
          comment: 'Revoir le titre',
        })
        const expected = transition.roles.includes(role)
          ? null
          : role === 'publisher'
            ? { reason: 'publisherOnly' }
            : { reason: 'role', roles: transition.roles }
        expect(refusal, `${transition.from} → ${transition.to} as ${role}`).toEqual(expected)
      }
    }
  })

  it('refuses every transition that is not listed, naming where the post can go', () => {
    const listed = new Set(TRANSITIONS.map(({ from, to }) => `${from}>${to}`))
    for (const from of POST_STATUSES) {
      for (const to of POST_STATUSES) {
        if (from === to || listed.has(`${from}>${to}`) || from === 'published') continue
        const refusal = check({ from, to, roles: ['admin'] })
        expect(refusal?.reason, `${from} → ${to}`).toBe('unknown')
        if (refusal?.reason === 'unknown') {
          expect(refusal.allowed).toEqual(TRANSITIONS.filter((t) => t.from === from).map((t) => t.to))
        }
      }
    }
  })

  it('never lets the author review their own post, admins included', () => {
    for (const to of ['approved', 'changes_requested'] as PostStatus[]) {
      for (const roles of [['approver'], ['admin'], ['admin', 'approver']] as Role[][]) {
        expect(check({ from: 'in_review', to, roles, isAuthor: true, comment: 'x' })).toEqual({
          reason: 'fourEyes',
        })
      }
    }
  })

  it('asks for a comment when requesting changes', () => {
    const request = {
      from: 'in_review',
      to: 'changes_requested',
      roles: ['approver'],
      isAuthor: false,
    } as const
    expect(check({ ...request, comment: '  ' })).toEqual({ reason: 'comment' })
    expect(check({ ...request, comment: null })).toEqual({ reason: 'comment' })
    expect(check({ ...request, comment: 'Le message ne colle pas à la phase' })).toBeNull()
  })

  it('lets writers edit without changing status, and open revisions of approved posts', () => {
    expect(check({ from: 'in_review', to: 'in_review', edited: true })).toBeNull()
    expect(check({ from: 'approved', to: 'draft', revision: true, edited: true })).toBeNull()
  })

  it('keeps published posts as they went out', () => {
    expect(check({ from: 'published', to: 'published', edited: true, roles: ['admin'] })).toEqual({
      reason: 'published',
    })
    expect(check({ from: 'published', to: 'draft', roles: ['admin'] })).toEqual({ reason: 'published' })
    expect(check({ from: 'published', to: 'published', roles: ['admin'] })).toBeNull()
  })

  it('lets a publisher do nothing but mark approved posts published', () => {
    const publisher = { roles: ['publisher'], isAuthor: false } as const
    expect(check({ ...publisher, from: 'approved', to: 'published' })).toBeNull()
    expect(check({ ...publisher, from: 'approved', to: 'published', edited: true })).toEqual({
      reason: 'publisherOnly',
    })
    expect(check({ ...publisher, from: 'draft', to: 'draft', edited: true })).toEqual({
      reason: 'publisherOnly',
    })
    expect(check({ ...publisher, from: 'draft', to: 'published' })?.reason).toBe('unknown')
  })
})
