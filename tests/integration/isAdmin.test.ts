import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { createUserAndLogin } from '../helpers/users'

/**
 * A host that already has users says who administers the line (`isAdmin`): here the people of its
 * own domain, whatever roles the plugin gave them.
 */
let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let owner: { token: string }
let other: { token: string }

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload({
    editorialLine: { isAdmin: ({ user }) => String(user.email).endsWith('@owner.test') },
  }))
  // The first account becomes an admin by itself: make it first, out of the way.
  await createUserAndLogin({ payload, rest, email: 'first@example.com', roles: ['admin'] })
  owner = await createUserAndLogin({ payload, rest, email: 'boss@owner.test', roles: ['editor'] })
  other = await createUserAndLogin({ payload, rest, email: 'someone@example.com', roles: ['editor'] })
})
afterAll(async () => stop?.())

describe('editorialLine({ isAdmin })', () => {
  it('makes the users it names admins of the line: they write the plan and the targets', async () => {
    const plan = await rest({
      method: 'POST',
      path: '/globals/editorial-plan',
      body: { activeClients: 12 },
      token: owner.token,
    })
    expect(plan.status).toBe(200)
    expect(plan.body.result.activeClients).toBe(12)
    const target = await rest({
      method: 'POST',
      path: '/targets',
      body: { name: 'Coachs', slug: 'coachs', mixGroup: 'coachs' },
      token: owner.token,
    })
    expect(target.status).toBe(201)
    // The role is worked out, not stored: the stored roles are the ones the account was given.
    const stored = await payload.find({
      collection: 'users',
      where: { email: { equals: 'boss@owner.test' } },
    })
    expect(stored.docs[0].roles).toEqual(['editor'])
    expect(stored.docs[0]).toHaveProperty('editorialLineAdmin', true)
  })

  it('leaves the others as their roles say: an editor cannot write the plan or the targets', async () => {
    const plan = await rest({
      method: 'POST',
      path: '/globals/editorial-plan',
      body: { activeClients: 99 },
      token: other.token,
    })
    expect(plan.status).toBe(403)
    const target = await rest({
      method: 'POST',
      path: '/targets',
      body: { name: 'Auditeurs', slug: 'auditeurs', mixGroup: 'auditeurs' },
      token: other.token,
    })
    expect(target.status).toBe(403)
    const me = await rest({ method: 'GET', path: '/users/me', token: other.token })
    expect(me.body.user.editorialLineAdmin).toBe(false)
  })

  it('cannot be claimed by a user writing the field', async () => {
    const me = await rest({ method: 'GET', path: '/users/me', token: other.token })
    await rest({
      method: 'PATCH',
      path: `/users/${me.body.user.id}`,
      body: { editorialLineAdmin: true },
      token: other.token,
    })
    const plan = await rest({
      method: 'POST',
      path: '/globals/editorial-plan',
      body: { activeClients: 99 },
      token: other.token,
    })
    expect(plan.status).toBe(403)
  })
})
