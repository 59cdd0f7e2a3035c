import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'

import { defaultLevels } from '../../src/plugins/editorial-line/rules/defaultLevels'
import { loadMixReport } from '../../src/plugins/editorial-line/mix/loadMixReport'
import { seedEditorialLine } from 'payload-plugin-editorial-line'
import { qaliaEditorialLine } from 'payload-plugin-editorial-line/qalia'
import { createUserAndLogin } from '../helpers/users'
import { startPayload } from '../helpers/payload'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let token: string

// Rules off: this suite stores any post it likes, to count it.
const rulesOff = Object.fromEntries(Object.keys(defaultLevels).map((rule) => [rule, 'off' as const]))

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload({ editorialLine: { rules: rulesOff } }))
  await seedEditorialLine({ payload, line: qaliaEditorialLine })
  ;({ token } = await createUserAndLogin({ payload, rest, email: 'editor@example.com', roles: ['editor'] }))
  const targets = Object.fromEntries(
    (await payload.find({ collection: 'targets', limit: 0, pagination: false })).docs.map((t) => [
      t.slug,
      t.id,
    ]),
  )
  const post = (target: string, publishAt: string, status: string) =>
    payload.create({
      collection: 'posts',
      data: { title: `${target} ${publishAt}`, target: targets[target], publishAt, status } as never,
    })
  // March 2026, the month clocks go forward (29 March)
  for (const day of ['03', '05', '10', '12', '17'])
    await post('of', `2026-03-${day}T08:00:00.000Z`, 'published')
  await post('of', '2026-03-19T08:00:00.000Z', 'approved')
  await post('of', '2026-03-24T07:00:00.000Z', 'approved')
  await post('of', '2026-03-31T21:30:00.000Z', 'published') // 23:30 on 31 March in Paris: still March
  await post('of', '2026-03-26T07:00:00.000Z', 'in_review')
  await post('of', '2026-03-26T07:30:00.000Z', 'draft')
  await post('of', '2026-03-26T07:45:00.000Z', 'changes_requested')
  await post('coachs', '2026-03-14T09:00:00.000Z', 'approved')
  await post('auditeurs', '2026-03-29T01:30:00.000Z', 'published') // 03:30 CEST, just after the change
  await post('ministeres', '2026-03-18T09:00:00.000Z', 'in_review')
  await post('of', '2026-03-31T22:30:00.000Z', 'published') // 00:30 on 1 April in Paris: April
  await post('of', '2026-02-28T23:30:00.000Z', 'published') // 00:30 on 1 March in Paris: March
  // June 2026: too few posts, Coachs far over, OF far under
  await post('of', '2026-06-02T07:00:00.000Z', 'published')
  await post('of', '2026-06-04T07:00:00.000Z', 'approved')
  for (const day of ['06', '13', '20']) await post('coachs', `2026-06-${day}T08:00:00.000Z`, 'published')
  // July 2026: no row of its own, June's holds
  await post('of', '2026-07-07T07:00:00.000Z', 'published')
  // December 2025: before the plan's first row
  await post('of', '2025-12-09T08:00:00.000Z', 'published')
})
afterAll(async () => stop?.())

const mix = async (query: string, withToken = true) =>
  rest({ method: 'GET', path: `/posts/mix?${query}`, token: withToken ? token : undefined })

describe('GET /api/posts/mix', () => {
  it('counts March 2026 exactly, cutting the month at midnight in Paris across the DST change', async () => {
    const { status, body } = await mix('month=2026-03')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      month: '2026-03',
      timezone: 'Europe/Paris',
      plan: { month: '2026-03', of: 80, coachs: 15, auditeurs: 5, autres: 0 },
      tolerance: 10,
      totals: { committed: 11, pipeline: 2, published: 8 },
      enoughPosts: true,
    })
    expect(body.groups).toEqual([
      {
        group: 'of',
        planned: 80,
        committed: 9,
        committedShare: 81.8,
        pipeline: 1,
        published: 7,
        gap: 1.8,
        verdict: 'on_plan',
      },
      {
        group: 'coachs',
        planned: 15,
        committed: 1,
        committedShare: 9.1,
        pipeline: 0,
        published: 0,
        gap: -5.9,
        verdict: 'on_plan',
      },
      {
        group: 'auditeurs',
        planned: 5,
        committed: 1,
        committedShare: 9.1,
        pipeline: 0,
        published: 1,
        gap: 4.1,
        verdict: 'on_plan',
      },
      {
        group: 'autres',
        planned: 0,
        committed: 0,
        committedShare: 0,
        pipeline: 1,
        published: 0,
        gap: 0,
        verdict: 'blocked',
      },
    ])
  })

  it('says over and under, and that a month with five posts is too thin to judge', async () => {
    const { body } = await mix('month=2026-06')
    expect(body.enoughPosts).toBe(false)
    expect(body.totals).toEqual({ committed: 5, pipeline: 0, published: 4 })
    expect(
      body.groups.map((g: { group: string; verdict: string; gap: number }) => [g.group, g.verdict, g.gap]),
    ).toEqual([
      ['of', 'under', -30],
      ['coachs', 'over', 45],
      ['auditeurs', 'on_plan', -10],
      ['autres', 'on_plan', -5],
    ])
  })

  it('applies the row in force to a month without its own: June’s holds in July and years later', async () => {
    const { body } = await mix('month=2026-07')
    expect(body.month).toBe('2026-07')
    expect(body.plan).toEqual({ month: '2026-06', of: 70, coachs: 15, auditeurs: 10, autres: 5 })
    expect(body.groups[0]).toMatchObject({ group: 'of', planned: 70, committed: 1, committedShare: 100 })
    expect(body.groups.some((g: { verdict: string }) => g.verdict === 'no_plan')).toBe(false)
    const later = await mix('month=2029-02')
    expect(later.body).toMatchObject({ month: '2029-02', plan: { month: '2026-06', of: 70 } })
  })

  it('follows a later row from its month on', async () => {
    const before = await payload.findGlobal({ slug: 'editorial-plan', depth: 0 })
    const september = { month: '2026-09', of: 60, coachs: 20, auditeurs: 10, autres: 10 }
    await payload.updateGlobal({
      slug: 'editorial-plan',
      data: { mix: [...(before.mix ?? []).map(({ id: _id, ...row }) => row), september] },
    })
    try {
      expect((await mix('month=2026-08')).body.plan).toMatchObject({ month: '2026-06', of: 70 })
      expect((await mix('month=2026-09')).body.plan).toEqual(september)
      expect((await mix('month=2027-03')).body.plan).toEqual(september)
    } finally {
      await payload.updateGlobal({ slug: 'editorial-plan', data: { mix: before.mix } })
    }
  })

  it('says no_plan for a month before the plan’s first row', async () => {
    const { body } = await mix('month=2025-12')
    expect(body.plan).toBeNull()
    expect(body.groups.every((g: { verdict: string }) => g.verdict === 'no_plan')).toBe(true)
    expect(body.groups[0]).toMatchObject({ committed: 1, committedShare: 100 })
  })

  it('counts the post at 00:30 on 1 April in April', async () => {
    const { body } = await mix('month=2026-04')
    expect(body.totals.committed).toBe(1)
  })

  it('serves a range of months', async () => {
    const { status, body } = await mix('from=2026-02&to=2026-07')
    expect(status).toBe(200)
    expect(body.from).toBe('2026-02')
    expect(body.to).toBe('2026-07')
    expect(
      body.months.map((m: { month: string; totals: { committed: number } }) => [m.month, m.totals.committed]),
    ).toEqual([
      ['2026-02', 0],
      ['2026-03', 11],
      ['2026-04', 1],
      ['2026-05', 0],
      ['2026-06', 5],
      ['2026-07', 1],
    ])
  })

  it.each([
    ['', 'Précisez le mois'],
    ['month=2026-13', 'AAAA-MM'],
    ['month=mars', 'AAAA-MM'],
    ['from=2026-06&to=2026-01', 'finit avant de commencer'],
    ['from=2026-01&to=2028-01', 'au plus 24 mois'],
  ])('refuses ?%s with a 400 and a clear message', async (query, words) => {
    const { status, body } = await mix(query)
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain(words)
  })

  it('is for logged-in users only', async () => {
    const { status, body } = await mix('month=2026-03', false)
    expect(status).toBe(401)
    expect(body.errors[0].message).toBe('Connectez-vous pour voir la répartition mensuelle.')
  })
})

describe('the mix report behind the admin view', () => {
  it('counts a month once when it is asked twice (the view asks its month and a strip that holds it)', async () => {
    const req = await createLocalReq({}, payload)
    const [alone] = await loadMixReport({ req, months: ['2026-03'] })
    const [first, february, again] = await loadMixReport({ req, months: ['2026-03', '2026-02', '2026-03'] })
    expect(alone!.totals).toEqual({ committed: 11, pipeline: 2, published: 8 })
    expect(first).toEqual(alone)
    expect(again).toEqual(alone)
    expect(february!.month).toBe('2026-02')
  })
})
