import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { composeMessage } from '../../src/plugins/editorial-line/notifications/composeMessage'
import { notificationEvent } from '../../src/plugins/editorial-line/notifications/notificationEvent'
import type { PostStatus } from '../../src/plugins/editorial-line/constants'
import { TRANSITIONS } from '../../src/plugins/editorial-line/workflow/transitions'
import { startSmtpServer } from '../helpers/smtp'
import { type RunningServer, startServer } from '../e2e/server'
import { ADMIN, APPROVER, EDITOR, type Session, call, login, ok } from './api'
import { checkConsistency } from './consistency'
import { type Postgres, startPostgres, withDatabase } from './postgres'
import { CRASH_TEMPLATE } from './postgresTemplate'
import { planPosts } from './workload'

/**
 * Several app servers on one PostgreSQL: two `next start` processes of the production build share
 * one database, and the two requests of every race go to different servers, so that nothing but the
 * database (its row locks) can put them one after the other. Mirrors tests/integration/concurrency.test.ts,
 * which races requests inside one process.
 */

const DATABASE = 'qalia_two_servers'
/** Races per scenario; each race gets a post of its own. */
const ROUNDS = 10
/** Races for the last place of a month in a phase with a monthly cap. */
const CAP_ROUNDS = 6

type Id = number | string
type LogEntry = { id: string; from: string; to: string }
type PostDoc = { id: Id; status: string; title: string; reviewLog?: LogEntry[] | null }
type Answer = {
  status: number
  body: { doc?: PostDoc; errors?: { message?: string; data?: { code?: string } }[] }
}
type Phase = {
  id: Id
  target: Id
  formats?: string[] | null
  timing?: { maxPostsPerMonth?: number | null } | null
}
type Slot = { at: string; local: string }
type Person = 'admin' | 'approver' | 'editor'

let postgres: Postgres | undefined
/** The SMTP server both app servers send their notifications (#29) to. */
let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined
let servers: RunningServer[] = []
/** One login per person, made on server A and used on both: the servers share their secret. */
const tokens = {} as Record<Person, string>
/** Posts prepared for the races: drafts and posts in review, each used by one race only. */
const pool = { drafts: [] as Id[], inReview: [] as Id[] }

const counts: Record<string, number> = {}
const count = (key: string, by = 1) => (counts[key] = (counts[key] ?? 0) + by)

const on = ({ server, person }: { server: number; person: Person }): Session => ({
  baseURL: servers[server].baseURL,
  token: tokens[person],
})

const patch = ({ server, person, id, body }: { server: number; person: Person; id: Id; body: object }) =>
  call({
    session: on({ server, person }),
    method: 'PATCH',
    path: `/api/posts/${id}?depth=0`,
    body,
  }) as Promise<Answer>

/** The latest version, the one editors work on (read on server A). */
const latestView = (id: Id) =>
  ok<PostDoc>({ session: on({ server: 0, person: 'admin' }), path: `/api/posts/${id}?depth=0&draft=true` })

/** The version API consumers get, read anonymously (on server B). */
const publicView = async (id: Id) => {
  const response = await fetch(`${servers[1].baseURL}/api/posts/${id}?depth=0`)
  return { status: response.status, body: (await response.json()) as PostDoc }
}

const log = (post: PostDoc) => post.reviewLog ?? []
const steps = (entries: LogEntry[]) => entries.map(({ from, to }) => `${from}>${to}`)

// Editing an approved post logs the revision it opens: back to draft, or to review when the date moved.
const ALLOWED = new Set([...TRANSITIONS.map(({ from, to }) => `${from}>${to}`), 'approved>in_review'])

/** The log is a chain of allowed transitions from draft to the post's current status. */
const expectPossibleLog = (post: PostDoc) => {
  const chain = steps(log(post)).join(', ')
  let status = 'draft'
  for (const step of steps(log(post))) {
    expect(ALLOWED.has(step), `post ${post.id}: ${step} in ${chain}`).toBe(true)
    expect(step.split('>')[0], `post ${post.id}: ${chain}`).toBe(status)
    status = step.split('>')[1]
  }
  expect(post.status, `post ${post.id}: ${chain}`).toBe(status)
}

/** A refusal is a client error that says why, never a server error. */
const expectOkOrRefused = (answer: Answer) => {
  expect(answer.status, JSON.stringify(answer.body).slice(0, 500)).toBeLessThan(500)
  if (answer.status === 200) return
  expect(answer.status, JSON.stringify(answer.body).slice(0, 500)).toBeGreaterThanOrEqual(400)
  const error = answer.body.errors?.[0]
  expect(error?.message, JSON.stringify(answer.body).slice(0, 500)).toBeTruthy()
  count(`refused ${answer.status} (${error?.data?.code ?? error?.message})`)
}

/**
 * One log entry per accepted transition, across both servers. Every accepted save answers the post
 * as it left it: a save that made a transition ends its log on the entry it wrote; one that found
 * the transition already made (the other server's) answers that entry, written before it. So the
 * entries the race added are exactly the distinct new last entries of its accepted answers: an
 * entry nobody was told about, a transition logged twice, an entry an answer reported and the
 * database lost, all fail here. Entries written before the race are never rewritten.
 */
const expectOneEntryPerTransition = ({
  before,
  after,
  answers,
}: {
  before: PostDoc
  after: PostDoc
  answers: Answer[]
}) => {
  const chain = `post ${after.id}: ${steps(log(after)).join(', ')}`
  expect(
    log(after)
      .slice(0, log(before).length)
      .map((entry) => entry.id),
    chain,
  ).toEqual(log(before).map((entry) => entry.id))
  const added = log(after).slice(log(before).length)
  const old = new Set(log(before).map((entry) => entry.id))
  const reported = new Set<string>()
  for (const answer of answers.filter((each) => each.status === 200)) {
    const doc = answer.body.doc!
    // Each answer agrees with itself: the status it reports is where its log ends.
    expect(doc.status, `${chain}; answered ${steps(log(doc)).join(', ')}`).toBe(
      log(doc).at(-1)?.to ?? 'draft',
    )
    const last = log(doc).at(-1)
    if (last && !old.has(last.id)) reported.add(last.id)
  }
  expect([...reported].sort(), chain).toEqual(added.map((entry) => entry.id).sort())
  count('accepted saves', answers.filter((each) => each.status === 200).length)
  count('log entries added', added.length)
}

type Race = { server: number; person: Person; body: object }

/**
 * Sends the two saves of a race on one post at the same time, to different servers, and checks what
 * holds after any race; returns the answers and the post before and after.
 */
const race = async ({ id, requests }: { id: Id; requests: [Race, Race] }) => {
  expect(requests[0].server).not.toBe(requests[1].server)
  const before = await latestView(id)
  const answers = await Promise.all(requests.map((request) => patch({ ...request, id })))
  answers.forEach(expectOkOrRefused)
  const after = await latestView(id)
  expectPossibleLog(after)
  expectOneEntryPerTransition({ before, after, answers })
  return { answers, before, after, added: steps(log(after).slice(log(before).length)) }
}

/** Every race of a scenario at once, each on its own post; which server gets which request alternates. */
const rounds = <T>({ posts, run }: { posts: Id[]; run: (args: { id: Id; round: number }) => Promise<T> }) => {
  expect(posts.length, 'posts prepared for this scenario').toBe(ROUNDS)
  count('races')
  return Promise.all(posts.map((id, round) => run({ id, round })))
}

const take = (from: Id[]) => from.splice(0, ROUNDS)

beforeAll(async () => {
  postgres = startPostgres({ server: inject('crashPostgres') })
  // A copy of the demo the suite's setup seeded (tests/crash/postgresTemplate.ts).
  await postgres.admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${DATABASE} TEMPLATE ${CRASH_TEMPLATE}`)
  })
  const databaseUri = postgres.databaseUri(DATABASE)
  // Both servers read these when they start (serverEnv passes the test's environment on); each runs the
  // jobs queue itself every minute, as in production.
  smtp = await startSmtpServer()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.EMAIL_FROM = 'cms@qalia.test'
  servers = await Promise.all([startServer({ databaseUri }), startServer({ databaseUri })])
  for (const [person, email] of [
    ['admin', ADMIN],
    ['approver', APPROVER],
    ['editor', EDITOR],
  ] as const) {
    tokens[person] = (await login({ baseURL: servers[0].baseURL, email })).token
  }

  // Compliant drafts, created on both servers, then most of them submitted at once on both servers (a
  // submission the monthly cap refuses leaves a draft): the posts in review and drafts the races use.
  const plans = await planPosts({ session: on({ server: 0, person: 'editor' }), count: ROUNDS * 6 })
  const created = await Promise.all(
    plans.map((plan, index) =>
      ok<{ doc: PostDoc }>({
        session: on({ server: index % 2, person: 'editor' }),
        method: 'POST',
        path: '/api/posts?depth=0',
        body: { ...plan, title: `Deux serveurs ${index + 1}` },
      }),
    ),
  )
  const drafts = created.map(({ doc }) => doc.id)
  const toSubmit = drafts.splice(0, ROUNDS * 5)
  const submitted = await Promise.all(
    toSubmit.map((id, index) =>
      patch({ server: index % 2, person: 'editor', id, body: { status: 'in_review' } }),
    ),
  )
  for (const [index, { status, body }] of submitted.entries()) {
    expect(status, JSON.stringify(body).slice(0, 500)).toBeLessThan(500)
    ;(status === 200 ? pool.inReview : pool.drafts).push(toSubmit[index])
  }
  pool.drafts.push(...drafts)
}, 600_000)

afterAll(async () => {
  console.info(
    `[two servers on one PostgreSQL] ${Object.entries(counts)
      .map(([key, value]) => `${value} ${key}`)
      .join(', ')}`,
  )
  await Promise.all(servers.map((server) => server.stop()))
  await postgres?.stop({ databases: [DATABASE] })
  await smtp?.stop()
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'EMAIL_FROM']) delete process.env[name]
})

describe('two servers on one PostgreSQL', () => {
  it('submits a post once when it is submitted on both servers', async () => {
    await rounds({
      posts: take(pool.drafts),
      run: async ({ id, round }) => {
        const submit = (server: number): Race => ({ server, person: 'editor', body: { status: 'in_review' } })
        const { answers, after, added } = await race({
          id,
          requests: [submit(round % 2), submit(1 - (round % 2))],
        })
        const accepted = answers.some((answer) => answer.status === 200)
        // The monthly cap may refuse both; never may both pass and log twice.
        expect(added).toEqual(accepted ? ['draft>in_review'] : [])
        expect(after.status).toBe(accepted ? 'in_review' : 'draft')
        count(accepted ? 'posts submitted on both servers, logged once' : 'double submissions refused')
      },
    })
  })

  it('logs one approval when two approvers approve the same post on two servers', async () => {
    await rounds({
      posts: take(pool.inReview),
      run: async ({ id, round }) => {
        const { answers, after, added } = await race({
          id,
          requests: [
            { server: round % 2, person: 'approver', body: { status: 'approved' } },
            { server: 1 - (round % 2), person: 'admin', body: { status: 'approved' } },
          ],
        })
        expect(answers.some((answer) => answer.status === 200)).toBe(true)
        expect(added).toEqual(['in_review>approved'])
        expect(after.status).toBe('approved')
        expect((await publicView(id)).body.status).toBe('approved')
        count(
          answers.every((answer) => answer.status === 200)
            ? 'double approvals answered 200 twice, logged once'
            : 'double approvals answered 200 then refused',
        )
      },
    })
  })

  it('lets one of approve and request-changes win when they race on two servers', async () => {
    await rounds({
      posts: take(pool.inReview),
      run: async ({ id, round }) => {
        const { answers, after, added } = await race({
          id,
          requests: [
            { server: round % 2, person: 'approver', body: { status: 'approved' } },
            {
              server: 1 - (round % 2),
              person: 'admin',
              body: { status: 'changes_requested', reviewComment: 'Revoir le chiffre.' },
            },
          ],
        })
        expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1)
        expect(added).toHaveLength(1)
        expect(after.status).toBe(added[0].split('>')[1])
        expect((await publicView(id)).status).toBe(after.status === 'approved' ? 200 : 404)
        count(
          after.status === 'approved' ? 'races won by the approval' : 'races won by the request for changes',
        )
      },
    })
  })

  it('loses no edit made on one server while the post is approved on the other', async () => {
    await rounds({
      posts: take(pool.inReview),
      run: async ({ id, round }) => {
        const original = (await latestView(id)).title
        const title = `Titre corrigé ${round}`
        const { answers, after, added } = await race({
          id,
          requests: [
            { server: round % 2, person: 'editor', body: { title } },
            { server: 1 - (round % 2), person: 'approver', body: { status: 'approved' } },
          ],
        })
        const [edited, approved] = answers
        const live = await publicView(id)
        expect(added.filter((step) => step === 'in_review>approved')).toHaveLength(
          approved.status === 200 ? 1 : 0,
        )
        if (edited.status === 200) {
          // Either the approval covers the edit, or the edit waits as a revision beside the approved version.
          expect(after.title).toBe(title)
          if (after.status === 'approved') {
            expect(live.body).toMatchObject({ title, status: 'approved' })
            count('edits approved with the post')
          } else {
            expect(after.status).toBe('draft')
            expect(live.body).toMatchObject({ title: original, status: 'approved' })
            count('edits kept as a revision of the approved post')
          }
        } else {
          expect(live.body).toMatchObject({ title: original, status: 'approved' })
          count('edits refused')
        }
      },
    })
  })

  it('lets one of two reviewers on two servers take over the edit lock the author left', async () => {
    const { user: editor } = await ok<{ user: { id: Id } }>({
      session: on({ server: 0, person: 'editor' }),
      path: '/api/users/me',
    })
    // Read as the author: reviewers do not see the author locks they take over.
    const locksOn = async (id: Id) =>
      (
        await ok<{ docs: unknown[] }>({
          session: on({ server: 0, person: 'editor' }),
          path: `/api/payload-locked-documents?depth=0&where[document.value][equals]=${id}&where[document.relationTo][equals]=posts`,
        })
      ).docs.length
    await rounds({
      posts: take(pool.inReview),
      run: async ({ id, round }) => {
        // What the admin writes while the author has the post open.
        await ok({
          session: on({ server: round % 2, person: 'editor' }),
          method: 'POST',
          path: '/api/payload-locked-documents?depth=0',
          body: {
            document: { relationTo: 'posts', value: id },
            user: { relationTo: 'users', value: editor.id },
          },
        })
        expect(await locksOn(id)).toBe(1)
        const { answers, after, added } = await race({
          id,
          requests: [
            { server: round % 2, person: 'approver', body: { status: 'approved' } },
            {
              server: 1 - (round % 2),
              person: 'admin',
              body: { status: 'changes_requested', reviewComment: 'Revoir la source.' },
            },
          ],
        })
        // The lock never stops a reviewer (no 423): one review wins, the other finds it made.
        expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1)
        expect(added).toHaveLength(1)
        expect(after.status).toBe(added[0].split('>')[1])
        expect(await locksOn(id)).toBe(0)
        count('author locks taken over by one of two reviewers')
      },
    })
  })

  it('gives the last place of a capped month to one post when two are submitted on two servers', async () => {
    const admin = on({ server: 0, person: 'admin' })
    const editor = on({ server: 0, person: 'editor' })
    const { docs: phases } = await ok<{ docs: Phase[] }>({
      session: admin,
      path: '/api/phases?depth=0&limit=100',
    })
    const phase = phases.find((each) => each.timing?.maxPostsPerMonth)
    expect(phase, 'a phase with a monthly cap in the demo line').toBeTruthy()
    const { id: phaseId, target, timing } = phase!
    const format = phase!.formats?.[0] ?? 'text'
    const { docs: messages } = await ok<{ docs: { id: Id; status?: string }[] }>({
      session: admin,
      path: `/api/messages?depth=0&limit=100&where[phase][equals]=${phaseId}`,
    })
    const message = messages.find((each) => each.status === 'active')!
    // One place a month: every race is for the only place of a month in which the phase has no post yet.
    await ok({
      session: admin,
      method: 'PATCH',
      path: `/api/phases/${phaseId}?depth=0`,
      body: { timing: { ...timing, maxPostsPerMonth: 1 } },
    })

    // Two compliant drafts per race, on two days of one month that next-slots still offers.
    const pairs: [Id, Id][] = []
    let from: string | undefined
    for (let month = 0; pairs.length < CAP_ROUNDS && month < 24; month++) {
      const query =
        `target=${target}&phase=${phaseId}&message=${message.id}&format=${format}&count=10` +
        (from ? `&from=${from}` : '')
      const { slots } = await ok<{ slots: Slot[] }>({
        session: editor,
        path: `/api/posts/next-slots?${query}`,
      })
      if (slots.length === 0) break
      const first = slots[0].local.slice(0, 7)
      const days = [
        ...new Map(
          slots.filter((slot) => slot.local.startsWith(first)).map((slot) => [slot.local.slice(0, 10), slot]),
        ).values(),
      ]
      const [year, monthOfYear] = first.split('-').map(Number)
      from = new Date(Date.UTC(year, monthOfYear, 1)).toISOString().slice(0, 10)
      if (days.length < 2) continue
      const ids: Id[] = []
      for (const slot of days.slice(0, 2)) {
        const { doc } = await ok<{ doc: PostDoc }>({
          session: editor,
          method: 'POST',
          path: '/api/posts?depth=0',
          body: {
            target,
            phase: phaseId,
            message: message.id,
            format,
            publishAt: slot.at,
            title: `Dernière place ${first} (${ids.length + 1})`,
          },
        })
        ids.push(doc.id)
      }
      pairs.push([ids[0], ids[1]])
    }
    expect(pairs.length, 'months with two free days for the capped phase').toBe(CAP_ROUNDS)

    count('races')
    await Promise.all(
      pairs.map(async (posts, round) => {
        const before = await Promise.all(posts.map(latestView))
        const answers = await Promise.all(
          posts.map((id, index) =>
            patch({ server: (round + index) % 2, person: 'editor', id, body: { status: 'in_review' } }),
          ),
        )
        answers.forEach(expectOkOrRefused)
        for (const [index, id] of posts.entries()) {
          const after = await latestView(id)
          expectPossibleLog(after)
          expectOneEntryPerTransition({ before: before[index], after, answers: [answers[index]] })
        }
        // The month had room for one: one submission takes it, the other is refused by the cap.
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400])
        expect(answers.find((answer) => answer.status === 400)?.body.errors?.[0]?.message).toBeTruthy()
        count('last places taken by one of two submissions')
      }),
    )

    await ok({ session: admin, method: 'PATCH', path: `/api/phases/${phaseId}?depth=0`, body: { timing } })
  })

  it('serves a file uploaded on one server, and each of its sizes, from the other', async () => {
    // Both servers run from the checkout with the app's default staticDir (./data/media): one disk.
    const original = await sharp({
      create: { width: 1600, height: 1000, channels: 3, background: '#12355b' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(original)], { type: 'image/png' }), 'deux-serveurs.png')
    form.append('_payload', JSON.stringify({ alt: 'Un aplat bleu, envoyé sur un serveur et lu sur l’autre' }))
    const uploaded = await fetch(`${servers[0].baseURL}/api/media?depth=0`, {
      method: 'POST',
      headers: { Authorization: `JWT ${tokens.editor}` },
      body: form,
    })
    const body = (await uploaded.json()) as {
      doc: { id: Id; url: string; sizes: Record<string, { url?: string | null; width?: number | null }> }
    }
    expect(uploaded.status, JSON.stringify(body).slice(0, 500)).toBe(201)
    const { doc } = body
    // The document as server B reads it from the shared database.
    const read = await ok<{ sizes: Record<string, { width?: number | null }> }>({
      session: on({ server: 1, person: 'editor' }),
      path: `/api/media/${doc.id}?depth=0`,
    })
    expect(read.sizes.thumbnail?.width).toBe(400)
    expect(read.sizes.feed?.width).toBe(1200)
    const files = [
      { url: doc.url, width: 1600 },
      { url: doc.sizes.thumbnail.url!, width: 400 },
      { url: doc.sizes.feed.url!, width: 1200 },
    ]
    for (const { url, width } of files) {
      // The same path on server B, whatever address server A wrote into the URL.
      const onB = new URL(new URL(url, servers[0].baseURL).pathname, servers[1].baseURL)
      const response = await fetch(onB, { headers: { Authorization: `JWT ${tokens.editor}` } })
      expect(response.status, onB.href).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      const bytes = Buffer.from(await response.arrayBuffer())
      expect((await sharp(bytes).metadata()).width, onB.href).toBe(width)
      if (width === 1600) expect(bytes.equals(original)).toBe(true)
    }
    count('files uploaded on one server and served by the other, with their sizes', files.length)
  })

  it('leaves every post consistent in the database', async () => {
    const { problems, postsChecked } = await withDatabase({
      uri: postgres!.databaseUri(DATABASE),
      work: (query) => checkConsistency({ query }),
    })
    count('posts checked in the database', postsChecked)
    expect(problems).toEqual([])
  })
  it('sends one message per event and recipient, whichever server queued or ran it', async () => {
    const pending = () =>
      withDatabase({
        uri: postgres!.databaseUri(DATABASE),
        work: async (query) =>
          Number(
            (
              await query(
                `SELECT count(*) AS n FROM payload_jobs WHERE completed_at IS NULL AND has_error IS NOT TRUE AND task_slug = 'editorialLineSendEmail'`,
              )
            )[0].n,
          ),
      })
    // Both servers run the queue at the same time, by hand as cron would, besides their own minute runner.
    for (let round = 0; round < 30 && (await pending()) > 0; round += 1) {
      await Promise.all(
        [0, 1].map((server) =>
          call({
            session: on({ server, person: 'admin' }),
            method: 'GET',
            path: '/api/payload-jobs/run?limit=100',
          }),
        ),
      )
      // A job one server's minute runner holds is left to it.
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    expect(await pending()).toBe(0)

    // What the review logs call for: each accepted transition of the races' posts, told to its recipients.
    const { docs } = await ok<{ docs: (PostDoc & { author?: Id })[] }>({
      session: on({ server: 0, person: 'admin' }),
      path: `/api/posts?depth=0&draft=true&limit=1000&where[title][like]=${encodeURIComponent('Deux serveurs')}`,
    })
    const expected: string[] = []
    for (const post of docs) {
      for (const entry of log(post)) {
        const kind = notificationEvent({ from: entry.from as PostStatus, to: entry.to as PostStatus })
        if (!kind) continue
        const facts = { title: post.title, link: '', slot: null, target: null, phase: null, comment: null }
        const { subject } = composeMessage({ kind, language: 'fr', facts })
        // The editor wrote every post and no one was named to review: reviews go to the approver and the admin.
        const recipients = kind === 'review' ? [ADMIN, APPROVER] : [EDITOR]
        expected.push(...recipients.map((to) => `${to} ${subject}`))
      }
    }
    const titles = new Set(docs.map((post) => post.title))
    const received = smtp!.received
      .filter((mail) => [...titles].some((title) => mail.subject.endsWith(`: ${title}`)))
      .flatMap((mail) => mail.to.map((to) => `${to} ${mail.subject}`))
    expect(expected.length).toBeGreaterThan(ROUNDS)
    expect(received.sort()).toEqual(expected.sort())
    count('messages, one per event and recipient', received.length)
  })
})
