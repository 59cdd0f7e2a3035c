import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../src/seed/demo'
import { demoPosts, demoUsers, livingDemoPosts } from '../../src/seed/demoData'
import { seedEditorialLine, wallClockInstant } from 'payload-plugin-editorial-line'
import { qaliaEditorialLine } from 'payload-plugin-editorial-line/qalia'
import { startPayload } from '../helpers/payload'
import { runScript } from '../helpers/runScript'

let payload: Payload
let stop: () => Promise<void>

beforeAll(async () => {
  ;({ payload, stop } = await startPayload())
})
afterAll(async () => stop?.())

/** The seeding day of this suite: the living demo posts go around it. */
const today = new Date('2026-12-01T09:00:00Z')
const living = livingDemoPosts({
  today,
  timezone: 'Europe/Paris',
  instantOf: (local) => wallClockInstant({ local, timezone: 'Europe/Paris' }),
})

const counts = async () => ({
  targets: (await payload.count({ collection: 'targets' })).totalDocs,
  phases: (await payload.count({ collection: 'phases' })).totalDocs,
  messages: (await payload.count({ collection: 'messages' })).totalDocs,
  users: (await payload.count({ collection: 'users' })).totalDocs,
  posts: (await payload.count({ collection: 'posts' })).totalDocs,
})

const phaseOf = async (target: string, key: string) => {
  const { docs } = await payload.find({
    collection: 'phases',
    where: { 'target.slug': { equals: target }, key: { equals: key } },
    depth: 0,
  })
  expect(docs, `${target} ${key}`).toHaveLength(1)
  return docs[0]
}

const messagesOf = async (phaseId: number) =>
  (
    await payload.find({
      collection: 'messages',
      where: { phase: { equals: phaseId } },
      sort: 'createdAt',
      depth: 0,
    })
  ).docs

describe('seed', () => {
  it('loads the whole customer document', async () => {
    const report = await seedEditorialLine({ payload, line: qaliaEditorialLine })
    // 5 targets; OF 5 + Coachs 5 + Auditeurs 3 + Certificateurs 3 + Ministères 1 phases;
    // 15 OF messages, 3 + 6 Coachs, 3 Auditeurs, 3 Certificateurs, 2 Ministères.
    expect(report).toEqual({ channels: 2, targets: 5, phases: 17, messages: 32, plan: true })
    expect(await counts()).toMatchObject({ targets: 5, phases: 17, messages: 32 })

    const { docs: targets } = await payload.find({ collection: 'targets', sort: 'createdAt', depth: 0 })
    expect(targets.map((target) => [target.slug, target.mixGroup])).toEqual([
      ['of', 'of'],
      ['coachs', 'coachs'],
      ['auditeurs', 'auditeurs'],
      ['certificateurs', 'autres'],
      ['ministeres', 'autres'],
    ])
  })

  it('stores timing and gates as the editorial rules read them', async () => {
    const bySlug = async (slug: string) =>
      (await payload.find({ collection: 'targets', where: { slug: { equals: slug } }, depth: 0 })).docs[0]
    expect((await bySlug('of')).timing).toMatchObject({ days: ['tue', 'thu'], start: '08:30', end: '09:30' })
    expect((await bySlug('coachs')).timing).toMatchObject({ days: ['sat'], start: '09:00', end: '11:00' })
    expect((await bySlug('auditeurs')).timing).toMatchObject({ days: ['wed'], start: '10:00', end: '12:00' })
    expect((await bySlug('auditeurs')).gate?.fromMonth).toBe(3)
    expect((await bySlug('auditeurs')).approach?.donts?.map((item) => item.text)).toEqual([
      'Vendre',
      'Pitcher',
      'Commercialiser',
    ])
    expect((await bySlug('certificateurs')).gate).toMatchObject({
      fromMonth: 5,
      prerequisite: 'Premiers retours auditeurs positifs',
      prerequisiteMet: false,
    })
    expect((await bySlug('ministeres')).gate?.activeClientsAbove).toBe(100)
    expect((await bySlug('ministeres')).tone).toBe('Formel, chiffres, études')

    const consideration = await phaseOf('of', 'consideration')
    expect(consideration.timing?.days).toEqual(['tue', 'thu', 'sat'])
    expect(consideration.timing?.start ?? null).toBeNull()
    expect(consideration.months).toMatchObject({ from: 2, to: 3 })
    expect(consideration.formats).toEqual(['testimonial', 'short-video'])
    expect(consideration.questions?.map((item) => item.question)).toHaveLength(3)
    expect((await phaseOf('of', 'retention')).timing?.maxPostsPerMonth).toBe(4)
    expect((await phaseOf('of', 'decision')).timing).toMatchObject({ start: '00:00', end: '24:00' })
    expect((await phaseOf('coachs', 'awareness')).timing?.days).toEqual(['sat', 'sun'])
    expect((await phaseOf('of', 'advocacy')).months).toMatchObject({ from: 6 })
    // "Phase 2-5 … avec adaptation du message": Coachs phases taken from OF's carry the instruction.
    for (const key of ['consideration', 'decision', 'retention', 'advocacy']) {
      expect((await phaseOf('coachs', key)).adaptation).toContain('plus focus structuration')
    }
    expect((await phaseOf('coachs', 'awareness')).adaptation ?? null).toBeNull()
    // Ministères: the document's one block, as one phase behind the active clients' gate.
    const ministeres = await phaseOf('ministeres', 'awareness')
    expect(ministeres).toMatchObject({
      months: { from: 1 },
      tone: 'Formel, chiffres, études',
      priorityContent: 'Approche institutionnelle : données, impact',
      clientState: 'Prérequis : base clients solide, preuves terrain',
      timing: { note: 'Quand base > 100 clients actifs' },
    })
    expect((await messagesOf(ministeres.id)).map((message) => message.status)).toEqual(['active', 'active'])
  })

  it('puts every quoted key message under its phase, with the phase’s target', async () => {
    const awareness = await phaseOf('of', 'awareness')
    const messages = await messagesOf(awareness.id)
    expect(messages.map((message) => message.text)).toEqual([
      '40h/mois de paperasse Qualiopi. Ça vous parle ?',
      'Les codes RNCP changent sans préavis',
      'Personne pour valider à 23h',
    ])
    expect(new Set(messages.map((message) => message.target))).toEqual(new Set([awareness.target]))

    const advocacy = await messagesOf((await phaseOf('of', 'advocacy')).id)
    expect(advocacy.find((message) => message.text === 'Programme de parrainage')?.status).toBe('to_define')
  })

  it('sets the plan and its six monthly mix rows', async () => {
    const plan = await payload.findGlobal({ slug: 'editorial-plan' })
    expect(plan).toMatchObject({
      startMonth: '2026-01',
      timezone: 'Europe/Paris',
      mixTolerance: 10,
      activeClients: 0,
    })
    expect(
      plan.mix?.map(({ month, of, coachs, auditeurs, autres }) => [month, of, coachs, auditeurs, autres]),
    ).toEqual([
      ['2026-01', 90, 10, 0, 0],
      ['2026-02', 90, 10, 0, 0],
      ['2026-03', 80, 15, 5, 0],
      ['2026-04', 75, 15, 10, 0],
      ['2026-05', 70, 15, 10, 5],
      ['2026-06', 70, 15, 10, 5],
    ])
  })

  it('changes nothing when run a second time, and keeps admin edits', async () => {
    const of = (await payload.find({ collection: 'targets', where: { slug: { equals: 'of' } }, depth: 0 }))
      .docs[0]
    await payload.update({ collection: 'targets', id: of.id, data: { tone: 'Direct, concret' } })
    const message = (await messagesOf((await phaseOf('of', 'awareness')).id))[0]
    await payload.update({
      collection: 'messages',
      id: message.id,
      data: { text: '40 heures par mois de Qualiopi ?' },
    })
    await payload.updateGlobal({ slug: 'editorial-plan', data: { mixTolerance: 15 } })
    const before = await counts()

    expect(await seedEditorialLine({ payload, line: qaliaEditorialLine })).toEqual({
      channels: 0,
      targets: 0,
      phases: 0,
      messages: 0,
      plan: false,
    })

    expect(await counts()).toEqual(before)
    expect((await payload.findByID({ collection: 'targets', id: of.id })).tone).toBe('Direct, concret')
    expect((await payload.findByID({ collection: 'messages', id: message.id })).text).toBe(
      '40 heures par mois de Qualiopi ?',
    )
    expect((await payload.findGlobal({ slug: 'editorial-plan' })).mixTolerance).toBe(15)
  })

  it('creates the demo accounts, the forty posts of the document and the living ones once', async () => {
    // A carousel gets one PDF or four slides, in turns; a video, a testimonial, an interview, a case study one file.
    const files = [...demoPosts, ...living].reduce(
      (sum, post, index) =>
        sum +
        (post.format === 'carousel'
          ? index % 2 === 0
            ? 1
            : 4
          : ['short-video', 'testimonial', 'interview', 'case-study'].includes(post.format)
            ? 1
            : 0),
      0,
    )
    expect(await seedDemo({ payload, password: 'test-password', today })).toEqual({
      users: demoUsers.length,
      posts: demoPosts.length + living.length,
      media: files,
    })
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(files)
    expect(demoPosts.length).toBeGreaterThanOrEqual(35)
    expect(living.length).toBeGreaterThan(10)
    const before = await counts()
    expect(before.posts).toBe(demoPosts.length + living.length)

    expect(await seedDemo({ payload, password: 'test-password', today })).toEqual({
      users: 0,
      posts: 0,
      media: 0,
    })
    expect(await counts()).toEqual(before)

    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { in: demoUsers.map((u) => u.email) } },
    })
    expect(Object.fromEntries(docs.map((user) => [user.email, user.roles]))).toEqual({
      'admin@qalia.local': ['admin'],
      'approver@qalia.local': ['approver'],
      'editor@qalia.local': ['editor'],
      'publisher@qalia.local': ['publisher'],
    })
    const login = await payload.login({
      collection: 'users',
      data: { email: 'editor@qalia.local', password: 'test-password' },
    })
    expect(login.token).toBeTruthy()
    // Seventy-odd posts walked through the workflow: more than the default minute on a loaded machine.
  }, 300_000)

  it('spreads the demo posts over January to June 2026 and around the seeding day, in Paris time', async () => {
    const { docs } = await payload.find({
      collection: 'posts',
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'publishAt',
    })
    const month = (iso: string) =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Europe/Paris',
        year: 'numeric',
        month: '2-digit',
      }).format(new Date(iso))
    expect(new Set(docs.map((post) => month(post.publishAt!)))).toEqual(
      new Set([
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-11',
        '2026-12',
        '2027-01',
      ]),
    )
    const first = docs[0]
    // 2026-01-06 08:45 in Paris is 07:45 UTC (winter); 2026-03-31 08:45 is 06:45 UTC (summer).
    expect(first.publishAt).toBe('2026-01-06T07:45:00.000Z')
    expect(docs.some((post) => post.publishAt === '2026-03-31T06:45:00.000Z')).toBe(true)
    expect(docs.every((post) => post.target && post.phase && post.message && post.format)).toBe(true)
  })

  it('gives every published demo post plausible results, and no other post any', async () => {
    const { docs } = await payload.find({ collection: 'posts', limit: 0, pagination: false, depth: 0 })
    const published = docs.filter((post) => post.status === 'published')
    expect(published.length).toBeGreaterThan(10)
    for (const post of published) {
      const { impressions, reactions, comments, shares, clicks, measuredAt } = post.metrics ?? {}
      expect(measuredAt, post.title).toBeTruthy()
      expect(impressions).toBeGreaterThanOrEqual(600)
      const engagement = (reactions! + comments! + shares!) / impressions!
      expect(engagement).toBeGreaterThan(0.01)
      expect(engagement).toBeLessThan(0.08)
      expect(clicks! / impressions!).toBeLessThan(0.03)
    }
    expect(new Set(published.map((post) => post.metrics!.impressions)).size).toBeGreaterThan(10)
    for (const post of docs.filter((candidate) => candidate.status !== 'published')) {
      expect(post.metrics?.measuredAt ?? null, post.title).toBeNull()
    }
  })

  it('gives the demo carousels and videos the files LinkedIn takes, every image with its alt text', async () => {
    const { docs } = await payload.find({ collection: 'posts', limit: 0, pagination: false, depth: 1 })
    type Media = {
      kind?: string | null
      alt?: string | null
      pages?: number | null
      duration?: number | null
    }
    const mediaOf = (post: (typeof docs)[number]) => (post.media ?? []) as Media[]
    const carousels = docs.filter((post) => post.format === 'carousel')
    expect(carousels.length).toBeGreaterThanOrEqual(4)
    for (const post of carousels) {
      const kinds = mediaOf(post).map((media) => media.kind)
      expect([['document'], ['image', 'image', 'image', 'image']], post.title).toContainEqual(kinds)
      if (kinds[0] === 'document') expect(mediaOf(post)[0].pages).toBe(4)
    }
    // Both kinds of carousel are in the demo.
    expect(new Set(carousels.map((post) => mediaOf(post)[0].kind))).toEqual(new Set(['document', 'image']))
    const videos = docs.filter((post) => post.format === 'short-video')
    expect(videos.length).toBeGreaterThan(0)
    for (const post of videos) {
      expect(
        mediaOf(post).map((media) => [media.kind, media.duration]),
        post.title,
      ).toEqual([['video', 4]])
    }
    for (const post of docs.filter((each) =>
      ['testimonial', 'interview', 'case-study'].includes(each.format ?? ''),
    )) {
      expect(mediaOf(post), post.title).toHaveLength(1)
    }
    const images = docs.flatMap(mediaOf).filter((media) => media.kind === 'image')
    expect(images.length).toBeGreaterThan(10)
    expect(images.filter((media) => !media.alt?.trim())).toEqual([])
  })

  it('writes demo posts that follow the editorial line: every control point holds, nothing to warn about', async () => {
    const { docs } = await payload.find({ collection: 'posts', limit: 0, pagination: false, depth: 0 })
    expect(docs.filter((post) => !post.checklist?.complete).map((post) => post.title)).toEqual([])
    expect(docs.flatMap((post) => post.warnings ?? []).map((warning) => warning.message)).toEqual([])
  })

  it('refuses a second run once the database has an account besides the demo ones', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'direction@qalia.fr', password: 'a-real-password', name: 'Direction', roles: ['admin'] },
    })
    const before = await counts()
    await expect(seedDemo({ payload, password: 'test-password' })).rejects.toThrow(
      /has 1 account besides the demo ones/,
    )
    expect(await counts()).toEqual(before)
  })
})

/**
 * The demo accounts have known passwords and a known API key: the demo seed must never reach a
 * database whose accounts are real, nor production. Here a fresh database with one real account,
 * seeded through the CLI as a person would (`npm run seed`), in a process of its own.
 */
describe('the demo seed on a database with a real account', () => {
  let other: Payload
  let stopOther: () => Promise<void>
  let uri: string

  beforeAll(async () => {
    ;({ payload: other, stop: stopOther } = await startPayload())
    uri = process.env.DATABASE_URI! // set by startPayload to the fresh database
    await other.create({
      collection: 'users',
      data: { email: 'direction@qalia.fr', password: 'a-real-password', name: 'Direction', roles: ['admin'] },
    })
  })
  afterAll(async () => stopOther?.())

  const contents = async () => ({
    users: (await other.count({ collection: 'users' })).totalDocs,
    targets: (await other.count({ collection: 'targets' })).totalDocs,
    posts: (await other.count({ collection: 'posts' })).totalDocs,
  })
  const seed = (args: string[], env: Record<string, string | undefined> = {}) =>
    runScript({
      script: 'seed',
      args,
      env: { ...process.env, NODE_ENV: 'development', DATABASE_URI: uri, ...env },
      timeout: 90_000,
    })

  it('refuses through seedDemo, creating nothing', async () => {
    await expect(seedDemo({ payload: other, password: 'test-password' })).rejects.toThrow(
      /refuses this database: it has 1 account besides the demo ones.*Nothing was created/,
    )
    expect(await contents()).toEqual({ users: 1, targets: 0, posts: 0 })
  })

  it('refuses `npm run seed -- --demo`: non-zero, the reason printed, not even the editorial line written', async () => {
    const { code, stdout, stderr } = await seed(['--demo'])
    expect(stdout + stderr).toContain('it has 1 account besides the demo ones')
    expect(code).toBe(1)
    expect(await contents()).toEqual({ users: 1, targets: 0, posts: 0 })
  }, 120_000)

  it('refuses `npm run seed -- --demo` in production before loading the config or opening the database', async () => {
    const env = { NODE_ENV: 'production', PAYLOAD_SECRET: undefined }
    const { code, stdout, stderr } = await seed(['--demo'], env)
    expect(stderr).toContain('The demo seed never runs in production (NODE_ENV=production)')
    // Refused for being the demo, not for the missing secret: the config was never loaded.
    expect(stdout + stderr).not.toContain('PAYLOAD_SECRET')
    expect(code).toBe(1)
    expect(await contents()).toEqual({ users: 1, targets: 0, posts: 0 })
  }, 120_000)

  it('still lets `npm run seed` load the editorial line (no demo) beside real accounts', async () => {
    const { code, stdout, stderr } = await seed([])
    expect(code, stdout + stderr).toBe(0)
    expect(await contents()).toEqual({ users: 1, targets: 5, posts: 0 })
  }, 120_000)

  it('lets `npm run dev` start on such a database: --skip-demo-if-refused warns and writes no demo data', async () => {
    const { code, stdout, stderr } = await seed(['--demo', '--skip-demo-if-refused'])
    expect(code, stdout + stderr).toBe(0)
    expect(stdout + stderr).toContain('Going on without the demo.')
    expect(await contents()).toEqual({ users: 1, targets: 5, posts: 0 })
  }, 120_000)
})
