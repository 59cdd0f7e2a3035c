import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'

import { startPayload } from '../helpers/payload'
import { createUserAndLogin } from '../helpers/users'

/**
 * A host that declares its own target groups: targets belong to them only, each plan row holds one
 * percentage per group, and the mix and its rules follow them. None of QALIA's groups is left.
 */
let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let adminToken: string
let editorToken: string

const groups = [
  { value: 'alpha', label: 'Alpha' },
  { value: 'beta', label: { fr: 'Bêta', en: 'Beta' } },
]

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload({ editorialLine: { groups } }))
  adminToken = (await createUserAndLogin({ payload, rest, email: 'admin@groups.test', roles: ['admin'] }))
    .token
  editorToken = (await createUserAndLogin({ payload, rest, email: 'editor@groups.test', roles: ['editor'] }))
    .token
})
afterAll(async () => stop?.())

const createTarget = (mixGroup: string, slug = `t-${mixGroup}`) =>
  rest({
    method: 'POST',
    path: '/targets',
    body: {
      name: `Cible ${mixGroup}`,
      slug,
      mixGroup,
      timing: { days: ['tue'], start: '09:00', end: '10:00' },
    },
    token: adminToken,
  })

const setMix = (mix: object[]) =>
  rest({
    method: 'POST',
    path: '/globals/editorial-plan',
    body: { startMonth: '2027-01', timezone: 'Europe/Paris', mix },
    token: adminToken,
  })

describe('groups declared by the host', () => {
  it('lets a target belong to a declared group, and refuses any other with a 400', async () => {
    expect((await createTarget('alpha')).status).toBe(201)
    for (const other of ['of', 'gamma']) {
      const refused = await createTarget(other)
      expect(refused.status).toBe(400)
      expect(refused.body.errors[0].data.errors[0].path).toBe('mixGroup')
    }
  })

  it('gives each plan row one percentage per declared group, adding up to 100', async () => {
    const saved = await setMix([{ month: '2027-01', alpha: 70, beta: 30 }])
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const plan = await rest({ method: 'GET', path: '/globals/editorial-plan', token: adminToken })
    const row = plan.body.mix[0]
    expect(
      Object.keys(row)
        .filter((key) => key !== 'id' && key !== 'month')
        .sort(),
    ).toEqual(['alpha', 'beta'])
    const refused = await setMix([{ month: '2027-01', alpha: 70, beta: 20 }])
    expect(refused.status).toBe(400)
  })

  it('reports the month’s mix per declared group', async () => {
    await setMix([{ month: '2027-01', alpha: 100, beta: 0 }])
    const mix = await rest({ method: 'GET', path: '/posts/mix?month=2027-01', token: editorToken })
    expect(mix.status, JSON.stringify(mix.body)).toBe(200)
    const report = mix.body.months?.[0] ?? mix.body
    expect(report.groups.map((group: { group: string }) => group.group)).toEqual(['alpha', 'beta'])
    expect(report.plan).toEqual({ month: '2027-01', alpha: 100, beta: 0 })
  })

  it('applies the mix rules to the declared groups: none for a group the plan gives 0 %', async () => {
    const beta = await createTarget('beta')
    const phase = await rest({
      method: 'POST',
      path: '/phases',
      body: { target: beta.body.doc.id, key: 'awareness', name: 'Bêta — Découverte', months: { from: 1 } },
      token: adminToken,
    })
    const message = await rest({
      method: 'POST',
      path: '/messages',
      body: { text: 'Un message', phase: phase.body.doc.id },
      token: adminToken,
    })
    const post = await rest({
      method: 'POST',
      path: '/posts',
      body: {
        title: 'Pour le groupe Bêta',
        target: beta.body.doc.id,
        phase: phase.body.doc.id,
        message: message.body.doc.id,
        format: 'text',
        // Tuesday 5 January 2027, 09:30 in Paris.
        publishAt: '2027-01-05T08:30:00.000Z',
        status: 'in_review',
      },
      token: editorToken,
    })
    expect(post.status).toBe(400)
    const rules = (post.body.errors[0].data.errors as { message: string }[]).map((error) => error.message)
    expect(rules.join(' ')).toMatch(/Bêta/)
  })
})
