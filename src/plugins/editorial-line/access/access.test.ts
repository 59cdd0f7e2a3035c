import type { Access, AccessArgs } from 'payload'

import { describe, expect, it } from 'vitest'

import { anyone } from './anyone.js'
import { and, or } from './combine.js'
import { hasRole } from './hasRole.js'
import { isAuthenticated } from './isAuthenticated.js'
import { isSelf } from './isSelf.js'

const as = (user: null | { id: number; roles?: string[] }) => ({ req: { user } }) as unknown as AccessArgs

const ownDocs: Access = ({ req }) => (req.user ? { author: { equals: req.user.id } } : false)
const published: Access = () => ({ status: { equals: 'published' } })

describe('access', () => {
  it('hasRole allows only users holding one of the roles', () => {
    const approverOrAdmin = hasRole('approver', 'admin')
    expect(approverOrAdmin(as({ id: 1, roles: ['approver'] }))).toBe(true)
    expect(approverOrAdmin(as({ id: 1, roles: ['editor', 'admin'] }))).toBe(true)
    expect(approverOrAdmin(as({ id: 1, roles: ['editor'] }))).toBe(false)
    expect(approverOrAdmin(as({ id: 1 }))).toBe(false)
    expect(approverOrAdmin(as(null))).toBe(false)
  })

  it('isAuthenticated, anyone and isSelf', () => {
    expect(isAuthenticated(as(null))).toBe(false)
    expect(isAuthenticated(as({ id: 1, roles: [] }))).toBe(true)
    expect(anyone(as(null))).toBe(true)
    expect(isSelf(as(null))).toBe(false)
    expect(isSelf(as({ id: 7 }))).toEqual({ id: { equals: 7 } })
  })

  it('or lets true win and joins queries', async () => {
    expect(await or(hasRole('admin'), ownDocs)(as({ id: 1, roles: ['admin'] }))).toBe(true)
    expect(await or(hasRole('admin'), ownDocs)(as({ id: 2, roles: ['editor'] }))).toEqual({
      author: { equals: 2 },
    })
    expect(await or(ownDocs, published)(as({ id: 2 }))).toEqual({
      or: [{ author: { equals: 2 } }, { status: { equals: 'published' } }],
    })
    expect(await or(hasRole('admin'), ownDocs)(as(null))).toBe(false)
  })

  it('and lets false win and joins queries', async () => {
    expect(await and(isAuthenticated, hasRole('editor'))(as({ id: 1, roles: ['editor'] }))).toBe(true)
    expect(await and(isAuthenticated, hasRole('editor'))(as({ id: 1, roles: ['approver'] }))).toBe(false)
    expect(await and(isAuthenticated, ownDocs, published)(as({ id: 3 }))).toEqual({
      and: [{ author: { equals: 3 } }, { status: { equals: 'published' } }],
    })
    expect(await and(isAuthenticated, ownDocs)(as({ id: 3 }))).toEqual({ author: { equals: 3 } })
  })
})
