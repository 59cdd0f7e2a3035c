import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'

import { loadCalendar } from '../../src/plugins/editorial-line/calendar/loadCalendar'
import { monthBounds } from '../../src/plugins/editorial-line/time/monthBounds'
import { seedDemo } from '../../src/seed/demo'
import { seedEditorialLine } from 'payload-plugin-editorial-line'
import { qaliaEditorialLine } from 'payload-plugin-editorial-line/qalia'
import { startPayload } from '../helpers/payload'

const timezone = 'Europe/Paris'
const monthOf = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit' }).format(instant)

/**
 * The first `npm run dev` on a fresh database, on three seeding days: the end of a year (already
 * 1 January in Paris), a summer day, a leap day. The demo must open on the current month with posts.
 */
describe.each([
  ['2026-12-31T23:30:00Z', '2027-01'],
  ['2027-06-15T12:00:00Z', '2027-06'],
  ['2028-02-29T08:00:00Z', '2028-02'],
])('the demo seeded on %s', (iso, month) => {
  const today = new Date(iso)
  let payload: Payload
  let rest: RestClient
  let stop: () => Promise<void>
  let token: string

  beforeAll(async () => {
    ;({ payload, rest, stop } = await startPayload())
    await seedEditorialLine({ payload, line: qaliaEditorialLine })
    await seedDemo({ payload, password: 'test-password', today })
    const login = await rest({
      method: 'POST',
      path: '/users/login',
      body: { email: 'editor@qalia.local', password: 'test-password' },
    })
    token = login.body.token
    // Seventy-odd posts walked through the workflow: on a loaded machine (or PostgreSQL) it outlasts the default hook timeout.
  }, 600_000)
  afterAll(async () => stop?.())

  it('opens on the seeding day’s month', () => {
    expect(monthOf(today)).toBe(month)
  })

  it('gives the current month the plan row in force and counts in every group the demo writes for', async () => {
    const { status, body } = await rest({ method: 'GET', path: `/posts/mix?month=${month}`, token })
    expect(status).toBe(200)
    expect(body.month).toBe(month)
    expect(body.plan).toEqual({ month: '2026-06', of: 70, coachs: 15, auditeurs: 10, autres: 5 })
    expect(body.totals.committed + body.totals.pipeline).toBeGreaterThan(0)
    const counted = (group: string) =>
      body.groups.find((g: { group: string }) => g.group === group).committed +
      body.groups.find((g: { group: string }) => g.group === group).pipeline
    expect(counted('of')).toBeGreaterThan(0)
    expect(body.groups.every((g: { verdict: string }) => g.verdict !== 'no_plan')).toBe(true)
  })

  it('shows the current month’s demo posts in the calendar', async () => {
    const editor = (
      await payload.find({ collection: 'users', where: { email: { equals: 'editor@qalia.local' } } })
    ).docs[0]
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    const { start, end } = monthBounds({ month, timezone })
    const { posts } = await loadCalendar({ req, start, end })
    expect(posts.length).toBeGreaterThan(4)
    expect(posts.every((post) => monthOf(new Date(post.publishAt)) === month)).toBe(true)
  })

  it('has a review queue, approved posts ahead and published ones behind, each with its URL', async () => {
    const all = await payload.find({ collection: 'posts', limit: 0, pagination: false, depth: 0 })
    const after = all.docs.filter((post) => Date.parse(post.publishAt!) > today.getTime())
    expect(after.some((post) => post.status === 'in_review')).toBe(true)
    expect(after.some((post) => post.status === 'approved')).toBe(true)
    const recent = all.docs.filter(
      (post) => post.publishAt! >= '2026-07' && Date.parse(post.publishAt!) <= today.getTime(),
    )
    expect(recent.length).toBeGreaterThan(4)
    expect(recent.every((post) => post.status === 'published' && post.publishedUrl)).toBe(true)
    const queue = await rest({ method: 'GET', path: '/posts?where[status][equals]=in_review&limit=1', token })
    expect(queue.body.totalDocs).toBeGreaterThan(0)
  })

  it('writes every post to the editorial line: every control point holds, nothing to warn about', async () => {
    const { docs } = await payload.find({ collection: 'posts', limit: 0, pagination: false, depth: 0 })
    expect(docs.filter((post) => !post.checklist?.complete).map((post) => post.title)).toEqual([])
    expect(docs.flatMap((post) => post.warnings ?? []).map((warning) => warning.message)).toEqual([])
  })
})
