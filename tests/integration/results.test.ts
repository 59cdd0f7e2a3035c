import type { Payload } from 'payload'

import { parse } from 'csv-parse/sync'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '../../src/payload-types'
import type { RuleName } from '../../src/plugins/editorial-line/rules/types'
import type { RestClient } from '../helpers/rest'

import { qaliaFormats } from '../../src/plugins/editorial-line/presets/qalia/qaliaFormats'
import { loadCoverage } from '../../src/plugins/editorial-line/home/loadCoverage'
import { createPeople, type EditorialLineIds, seedForPosts } from '../helpers/editorialLine'
import { startPayload, testDatabaseKind } from '../helpers/payload'

/**
 * `GET /api/posts/results` against figures computed here, in JavaScript, from the raw posts: a
 * period cut in Paris time (posts on either side of each month's midnight, and of the change to
 * summer time), every grouping, the median, the CSV; and the home page's journey coverage against
 * the posts list. The rules are off: the posts are placed where the edge cases are, not where the
 * editorial line wants them.
 */
const RULES: RuleName[] = [
  'completeness',
  'phaseBelongsToTarget',
  'messageBelongsToPhase',
  'formatOptimal',
  'publishInFuture',
  'timingWindow',
  'phaseMonths',
  'targetGate',
  'frequencyCap',
  'mixZero',
  'mixTolerance',
  // The posts carry no files, whatever their format.
  'formatComplete',
]
const GROUPINGS = ['target', 'phase', 'message', 'format', 'weekday', 'hour'] as const
type Grouping = (typeof GROUPINGS)[number]

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

/** A small deterministic generator, so that a failure can be replayed. */
const random = (() => {
  let state = 20270101
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
})()
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]

/** Instants around the edges of the period (Paris): Jan 1 00:30 is Dec 31 23:30 UTC, and so on. */
const EDGES = [
  '2026-12-31T22:59:00.000Z', // 23:59 on Dec 31 in Paris: outside
  '2026-12-31T23:30:00.000Z', // 00:30 on Jan 1 in Paris: inside, a Friday
  '2027-03-28T00:59:00.000Z', // 01:59 in Paris, before summer time
  '2027-03-28T01:00:00.000Z', // 03:00 in Paris, summer time
  '2027-03-31T21:59:00.000Z', // 23:59 on Mar 31 in Paris: inside
  '2027-03-31T22:00:00.000Z', // 00:00 on Apr 1 in Paris: outside
]

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload({
    editorialLine: {
      rules: Object.fromEntries(RULES.map((rule) => [rule, 'off'])) as Record<RuleName, 'off'>,
    },
  }))
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
  const phases = Object.keys(ids.phases)
  // Active messages only: a post's message menu offers no other.
  const active = await payload.find({
    collection: 'messages',
    where: { status: { equals: 'active' } },
    pagination: false,
    depth: 0,
  })
  const instants = [
    ...EDGES,
    ...Array.from({ length: 70 }, () =>
      new Date(Date.UTC(2026, 11, 20) + Math.floor(random() * 110 * 24 * 60) * 60_000).toISOString(),
    ),
  ]
  for (const [index, publishAt] of instants.entries()) {
    const phaseKey = index < 3 ? 'of.awareness' : pick(phases)
    const messageIds = active.docs
      .filter((message) => String(message.phase) === String(ids.phases[phaseKey]))
      .map((message) => message.id)
    const roll = random()
    const status = roll < 0.12 ? 'approved' : 'published'
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: `Post ${index}`,
        target: ids.targets[phaseKey.split('.')[0]],
        phase: ids.phases[phaseKey],
        message: messageIds.length ? pick(messageIds) : undefined,
        format: pick(qaliaFormats.map((format) => format.value)) as Post['format'],
        channel: ids.channels.linkedin,
        publishAt,
        status,
        publishedUrl: status === 'published' ? `https://www.linkedin.com/posts/qalia-${index}` : undefined,
      },
      overrideAccess: true,
    })
    // Most published posts are measured; some have no impressions yet; a few are not measured at all.
    if (status !== 'published' || roll > 0.93) continue
    const impressions = roll < 0.2 ? 0 : 100 + Math.floor(random() * 5000)
    await payload.update({
      collection: 'posts',
      id: post.id,
      data: {
        metrics: {
          impressions,
          reactions: Math.floor(random() * impressions * 0.05),
          comments: Math.floor(random() * 20),
          shares: Math.floor(random() * 10),
          clicks: Math.floor(random() * impressions * 0.03),
        },
      },
      overrideAccess: true,
    })
  }
}, 300_000)
afterAll(async () => stop?.())

/** The wall clock of Paris, by Intl (not the plugin's own code). */
const paris = (instant: string) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  )
  return {
    month: `${parts.year}-${parts.month}`,
    weekday: parts.weekday.toLowerCase(),
    hour: String(Number(parts.hour)),
  }
}

const round = (value: number) => Math.round(value * 10_000) / 10_000
const median = (values: number[]) => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The figures of each group, from every post of the database read one by one. */
const expected = async ({ from, to, groupBy }: { from: string; to: string; groupBy: Grouping }) => {
  const { docs } = (await payload.find({ collection: 'posts', pagination: false, depth: 0 })) as {
    docs: Post[]
  }
  const groups = new Map<string, Post[]>()
  for (const post of docs) {
    const local = paris(post.publishAt!)
    if (post.status !== 'published' || !post.metrics?.measuredAt) continue
    if (local.month < from || local.month > to) continue
    const key = {
      target: String(post.target),
      phase: String(post.phase),
      message: post.message == null ? 'none' : String(post.message),
      format: String(post.format),
      weekday: local.weekday,
      hour: local.hour,
    }[groupBy]
    groups.set(key, [...(groups.get(key) ?? []), post])
  }
  return Object.fromEntries(
    [...groups].map(([key, posts]) => {
      const sum = (pick: (m: NonNullable<Post['metrics']>) => number) =>
        posts.reduce((total, post) => total + pick(post.metrics!), 0)
      const impressions = sum((m) => m.impressions ?? 0)
      const engaged = sum((m) => (m.reactions ?? 0) + (m.comments ?? 0) + (m.shares ?? 0))
      const rates = posts
        .filter((post) => (post.metrics!.impressions ?? 0) > 0)
        .map((post) => {
          const m = post.metrics!
          return ((m.reactions ?? 0) + (m.comments ?? 0) + (m.shares ?? 0)) / m.impressions!
        })
      const mid = median(rates)
      return [
        key,
        {
          posts: posts.length,
          impressions,
          engagementRate: impressions > 0 ? round(engaged / impressions) : null,
          medianEngagementRate: mid === null ? null : round(mid),
          clickRate: impressions > 0 ? round(sum((m) => m.clicks ?? 0) / impressions) : null,
        },
      ]
    }),
  )
}

const asTeam = (path: string) => rest({ method: 'GET', path, token: people.editor.token })

describe(`GET /api/posts/results (${testDatabaseKind()})`, () => {
  it('holds a data set that exercises every case', async () => {
    const { docs } = (await payload.find({ collection: 'posts', pagination: false, depth: 0 })) as {
      docs: Post[]
    }
    expect(docs.filter((post) => post.status === 'approved').length).toBeGreaterThan(3)
    expect(
      docs.filter((post) => post.status === 'published' && !post.metrics?.measuredAt).length,
    ).toBeGreaterThan(2)
    expect(docs.filter((post) => post.metrics?.impressions === 0).length).toBeGreaterThanOrEqual(2)
  })

  it.each(GROUPINGS)('groupBy=%s equals the figures computed from the raw posts', async (groupBy) => {
    const { status, body } = await asTeam(`/posts/results?from=2027-01&to=2027-03&groupBy=${groupBy}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ from: '2027-01', to: '2027-03', groupBy })
    const want = await expected({ from: '2027-01', to: '2027-03', groupBy })
    expect(Object.keys(want).length).toBeGreaterThan(1)
    const got = Object.fromEntries(
      body.groups.map(({ key, label: _label, ...figures }: Record<string, unknown>) => [key, figures]),
    )
    expect(got).toEqual(want)
    for (const group of body.groups) expect(typeof group.label).toBe('string')
  })

  it('cuts months at midnight in Paris and reads weekdays and hours on its clock, summer time included', async () => {
    const { body } = await asTeam('/posts/results?from=2027-03&to=2027-03&groupBy=hour')
    expect(body.groups).toEqual(
      Object.entries(await expected({ from: '2027-03', to: '2027-03', groupBy: 'hour' }))
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([key, figures]) => expect.objectContaining({ key, ...figures })),
    )
    const hours = body.groups.map((group: { key: string }) => group.key)
    // 01:59 in winter time and 03:00 in summer time, the same night; 23:59 on March 31
    expect(hours).toEqual(expect.arrayContaining(['1', '3', '23']))
  })

  it('labels groups in the caller’s language', async () => {
    const { body } = await rest({
      method: 'GET',
      path: '/posts/results?from=2027-01&to=2027-03&groupBy=weekday',
      token: people.editor.token,
      language: 'en',
    })
    expect(body.groups.map((group: { key: string }) => group.key)).toEqual(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].filter((day) =>
        body.groups.some((group: { key: string }) => group.key === day),
      ),
    )
    expect(body.groups.find((group: { key: string }) => group.key === 'fri').label).toBe('Friday')
    const french = await asTeam('/posts/results?from=2027-01&to=2027-03&groupBy=target')
    expect(
      french.body.groups.find((group: { key: string }) => group.key === String(ids.targets.of)).label,
    ).toBe((await payload.findByID({ collection: 'targets', id: ids.targets.of })).name)
  })

  it.each(GROUPINGS)('format=csv answers the JSON as CSV (groupBy=%s)', async (groupBy) => {
    const query = `/posts/results?from=2027-01&to=2027-03&groupBy=${groupBy}`
    const json = (await asTeam(query)).body
    const request = new Request(`http://localhost/api${query}&format=csv`, {
      headers: { authorization: `JWT ${people.editor.token}` },
    })
    const { handleEndpoints } = await import('payload')
    const response = await handleEndpoints({
      config: payload.config,
      request,
      payloadInstanceCacheKey: 'default',
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[]
    expect(rows).toEqual(
      json.groups.map((group: Record<string, unknown>) =>
        Object.fromEntries(
          Object.entries(group).map(([key, value]) => [key, value === null ? '' : String(value)]),
        ),
      ),
    )
  })

  it('format=csv writes a name that starts a formula as text, not as a formula cell', async () => {
    // OWASP "CSV injection": a target named like a formula would run when the CSV is opened.
    const hostile = '=HYPERLINK("http://x","x")'
    const { name } = await payload.findByID({ collection: 'targets', id: ids.targets.of })
    await payload.update({ collection: 'targets', id: ids.targets.of, data: { name: hostile } })
    try {
      const request = new Request(
        'http://localhost/api/posts/results?from=2027-01&to=2027-03&groupBy=target&format=csv',
        { headers: { authorization: `JWT ${people.editor.token}` } },
      )
      const { handleEndpoints } = await import('payload')
      const response = await handleEndpoints({
        config: payload.config,
        request,
        payloadInstanceCacheKey: 'default',
      })
      expect(response.status).toBe(200)
      const rows = parse(await response.text(), { columns: true }) as Record<string, string>[]
      expect(rows.find((row) => row.key === String(ids.targets.of))?.label).toBe(`'${hostile}`)
    } finally {
      await payload.update({ collection: 'targets', id: ids.targets.of, data: { name } })
    }
  })

  it('answers bad parameters with a 400 that says what to send', async () => {
    for (const [query, words] of [
      ['groupBy=phase', 'from=YYYY-MM'],
      ['from=2027-01&groupBy=phase', 'from=YYYY-MM'],
      ['from=2027-13&to=2027-14&groupBy=phase', 'from=YYYY-MM'],
      ['from=2027-03&to=2027-01&groupBy=phase', '“to”'],
      ['from=2025-01&to=2027-01&groupBy=phase', '24'],
      ['from=2027-01&to=2027-03', 'groupBy'],
      ['from=2027-01&to=2027-03&groupBy=channel', 'target, phase, message, format, weekday, hour'],
      ['from=2027-01&to=2027-03&groupBy=phase&groupBy=target', 'groupBy'],
      ['from=2027-01&to=2027-03&groupBy=phase&format=xml', 'csv'],
    ]) {
      const { status, body } = await rest({
        method: 'GET',
        path: `/posts/results?${query}`,
        token: people.editor.token,
        language: 'en',
      })
      expect(status, query).toBe(400)
      expect(body.errors[0].message, query).toContain(words)
    }
  })

  it('is the editorial team’s: 401 anonymous, 403 to a publisher', async () => {
    const query = '/posts/results?from=2027-01&to=2027-03&groupBy=phase'
    expect((await rest({ method: 'GET', path: query })).status).toBe(401)
    expect((await rest({ method: 'GET', path: query, apiKey: people.publisher.apiKey })).status).toBe(403)
    for (const who of ['approver', 'admin'] as const) {
      expect((await rest({ method: 'GET', path: query, token: people[who].token })).status).toBe(200)
    }
  })
})

describe('the journey coverage of the home page', () => {
  it('counts per phase what the posts list holds, and flags the in-season phases without a post', async () => {
    const req = await createLocalReq({ user: { ...people.editor.user, collection: 'users' } }, payload)
    const coverage = await loadCoverage({ req, month: '2027-02' })
    expect(coverage.campaignMonth).toBe(2)
    const { docs } = (await payload.find({
      collection: 'posts',
      where: { status: { in: ['approved', 'published'] } },
      pagination: false,
      depth: 0,
    })) as { docs: Post[] }
    const february = docs.filter((post) => paris(post.publishAt!).month === '2027-02')
    const phases = await payload.find({ collection: 'phases', pagination: false, depth: 0 })
    let gaps = 0
    for (const row of coverage.rows) {
      for (const cell of row.cells) {
        if (!cell.phase) continue
        const count = february.filter((post) => String(post.phase) === String(cell.phase!.id)).length
        expect(cell.posts, cell.phase.name).toBe(count)
        const phase = phases.docs.find((doc) => doc.id === cell.phase!.id)!
        const inSeason = 2 >= phase.months.from && (phase.months.to == null || 2 <= phase.months.to)
        expect(cell.inSeason, cell.phase.name).toBe(inSeason)
        expect(cell.gap).toBe(inSeason && count === 0)
        if (cell.gap) gaps++
      }
    }
    expect(coverage.rows.flatMap((row) => row.cells).filter((cell) => cell.posts > 0).length).toBeGreaterThan(
      2,
    )
    expect(gaps).toBeGreaterThan(0)
  })
})
