import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../e2e/server'

import { type Session, call } from '../crash/api'
import { HOST_HOOK_FAILS } from './blankApp'
import {
  type BlankLine,
  blankPost,
  freshBlankDatabase,
  seedBlankLine,
  serveBlankApp,
  weekdaysOf,
} from './blankHost'

/**
 * The plugin's write guarantees in a host that gave its SQLite adapter no argument but the file
 * (`sqliteAdapter({ client: { url } })`, as `create-payload-app` writes it): a save is all or
 * nothing, and concurrent saves go one after the other, over REST on the production build.
 */
const folder = mkdtempSync(path.join(tmpdir(), 'editorial-line-guarantees-'))
let server: RunningServer | undefined
let line: BlankLine

type Post = { id: number; title: string; status: string; reviewLog?: { from: string; to: string }[] }
type Answer = { status: number; body: { doc?: Post; errors?: { message: string }[] } }

beforeAll(async () => {
  server = await serveBlankApp({ databaseUri: freshBlankDatabase({ file: path.join(folder, 'app.db') }) })
  line = await seedBlankLine({ baseURL: server.baseURL })
}, 300_000)

afterAll(async () => {
  await server?.stop()
  rmSync(folder, { recursive: true, force: true })
})

const patch = ({ session, id, body }: { session: Session; id: number; body: object }) =>
  call({ session, method: 'PATCH', path: `/api/posts/${id}?depth=0`, body }) as Promise<Answer>
/** The latest version, as the admin sees it. */
const latest = async (id: number) =>
  (await call<Post>({ session: line.admin, path: `/api/posts/${id}?depth=0&draft=true` })).body
const steps = (post: Post) => (post.reviewLog ?? []).map(({ from, to }) => `${from}>${to}`)
/** The distinct `in_review>approved` entries (by whom, when) that the post's versions record. */
const approvalsRecorded = async (id: number) => {
  const { status, body } = await call<{
    docs: { version: { reviewLog?: { from: string; to: string; by: unknown; at: string }[] } }[]
  }>({ session: line.admin, path: `/api/posts/versions?depth=0&limit=100&where[parent][equals]=${id}` })
  expect(status).toBe(200)
  const entries = body.docs.flatMap(({ version }) =>
    (version.reviewLog ?? [])
      .filter(({ from, to }) => from === 'in_review' && to === 'approved')
      .map(({ by, at }) => `${String(by)} at ${at}`),
  )
  return [...new Set(entries)]
}
const versions = async (id: number) =>
  (
    await call<{ totalDocs: number }>({
      session: line.admin,
      path: `/api/posts/versions?limit=0&where[parent][equals]=${id}`,
    })
  ).body.totalDocs

/** Days handed out one by one, so that no two posts of the line compete for a day. */
const days = [...weekdaysOf({ month: 1 }), ...weekdaysOf({ month: 2 }), ...weekdaysOf({ month: 3 })]
const create = async ({ title, status = 'draft' }: { title: string; status?: string }) => {
  const day = days.shift()
  if (!day) throw new Error('no day left for another post')
  const response = await call<{ doc: Post }>({
    session: line.editor,
    method: 'POST',
    path: '/api/posts?depth=0',
    body: { ...blankPost({ line, day, title }), status },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc
}

/** A refusal is a client error that says why, never a server error. */
const expectOkOrRefused = (answer: Answer) => {
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500)
  if (answer.status !== 200)
    expect(answer.body.errors?.[0]?.message, JSON.stringify(answer.body)).toBeTruthy()
}

/** Posts raced per test. */
const ROUNDS = 8

/** Two requests at once, the first leaving first on even rounds; answers in the order given. */
const race = async (round: number, [first, second]: [() => Promise<Answer>, () => Promise<Answer>]) =>
  round % 2 === 0 ? Promise.all([first(), second()]) : (await Promise.all([second(), first()])).reverse()

describe('the plugin’s write guarantees in a blank host (plain sqliteAdapter)', () => {
  it('leaves a post exactly as it was when the host’s own afterChange hook fails its save', async () => {
    const post = await create({ title: 'Un titre relu' })
    const before = await latest(post.id)
    const versionsBefore = await versions(post.id)
    expect(versionsBefore).toBeGreaterThan(0)
    const answer = await patch({
      session: line.editor,
      id: post.id,
      body: { title: `Un titre changé ${HOST_HOOK_FAILS}`, status: 'in_review' },
    })
    expect(answer.status).toBeGreaterThanOrEqual(400)
    const after = await latest(post.id)
    expect(after).toMatchObject({ title: 'Un titre relu', status: 'draft' })
    expect(steps(after)).toEqual(steps(before))
    expect(after).toEqual(before)
    expect(await versions(post.id)).toBe(versionsBefore)
  })

  // Every round at once: sixteen saves in flight, so that without the guarantees the two saves of
  // one post interleave (one race at a time over HTTP rarely overlaps).
  it('logs one approval when two reviewers approve one post at once', async () => {
    const posts = []
    for (let round = 0; round < ROUNDS; round++)
      posts.push(await create({ title: `Double approbation ${round}`, status: 'in_review' }))
    await Promise.all(
      posts.map(async ({ id }, round) => {
        const answers = await race(round, [
          () => patch({ session: line.approver, id, body: { status: 'approved' } }),
          () => patch({ session: line.admin, id, body: { status: 'approved' } }),
        ])
        answers.forEach(expectOkOrRefused)
        expect(answers.some((answer) => answer.status === 200)).toBe(true)
        const post = await latest(id)
        expect(post.status).toBe('approved')
        expect(steps(post)).toEqual(['draft>in_review', 'in_review>approved'])
        // A repeated approval answers 200 without logging again, so both answers may be 200; what
        // must hold is that one approval was made: every version records the same one. (Two saves
        // that both planned from `in_review` each write a log of their own: the last one's wins in
        // the post, and the versions keep both.)
        expect(await approvalsRecorded(id)).toEqual([expect.any(String)])
      }),
    )
  })

  it('lets one of approve and request-changes win when they race, with a log that says which', async () => {
    const posts = []
    for (let round = 0; round < ROUNDS; round++)
      posts.push(await create({ title: `Course ${round}`, status: 'in_review' }))
    await Promise.all(
      posts.map(async ({ id }, round) => {
        const [approved, sentBack] = await race(round, [
          () => patch({ session: line.approver, id, body: { status: 'approved' } }),
          () =>
            patch({
              session: line.admin,
              id,
              body: { status: 'changes_requested', reviewComment: 'Revoir le chiffre.' },
            }),
        ])
        expectOkOrRefused(approved)
        expectOkOrRefused(sentBack)
        expect([approved.status, sentBack.status].filter((status) => status === 200)).toHaveLength(1)
        const post = await latest(id)
        const reviews = steps(post).filter((step) => step.startsWith('in_review>'))
        expect(reviews, steps(post).join(', ')).toHaveLength(1)
        expect(post.status).toBe(reviews[0].split('>')[1])
        expect(post.status).toBe(approved.status === 200 ? 'approved' : 'changes_requested')
      }),
    )
  })

  it('gives the last place of a capped month to one of two posts submitted at once', async () => {
    // A phase of its own, one post a month, and a month of its own per round (April to September
    // next year: no other test puts posts there), every round at once.
    const phase = await call<{ doc: { id: number } }>({
      session: line.admin,
      method: 'POST',
      path: '/api/phases',
      body: {
        target: line.target,
        key: 'consideration',
        name: 'Libraires — Considération',
        order: 2,
        months: { from: 1, to: 12 },
        formats: ['text'],
        timing: { maxPostsPerMonth: 1 },
      },
    })
    expect(phase.status, JSON.stringify(phase.body)).toBe(201)
    const message = await call<{ doc: { id: number } }>({
      session: line.admin,
      method: 'POST',
      path: '/api/messages',
      body: { text: 'Une sélection par mois', phase: phase.body.doc.id, status: 'active' },
    })
    expect(message.status, JSON.stringify(message.body)).toBe(201)
    const capped = { ...line, phase: phase.body.doc.id, message: message.body.doc.id }
    const months = [4, 5, 6, 7, 8, 9]
    const inMonth = async (days: string[]) =>
      (
        await call<{ totalDocs: number }>({
          session: line.admin,
          path:
            `/api/posts?limit=0&where[phase][equals]=${capped.phase}` +
            `&where[status][in]=in_review,approved,published` +
            `&where[publishAt][greater_than_equal]=${days[0]}T00:00:00.000Z` +
            `&where[publishAt][less_than]=${days.at(-1)}T23:00:00.000Z`,
        })
      ).body.totalDocs
    const rounds = []
    for (const month of months) {
      const days = weekdaysOf({ month })
      const drafts = []
      for (const i of [0, 1]) {
        const response = await call<{ doc: Post }>({
          session: line.editor,
          method: 'POST',
          path: '/api/posts?depth=0',
          body: {
            ...blankPost({ line: capped, day: days[i * 5], title: `Dernière place ${month}.${i}` }),
            status: 'draft',
          },
        })
        expect(response.status, JSON.stringify(response.body)).toBe(201)
        drafts.push(response.body.doc)
      }
      rounds.push({ days, drafts })
    }
    await Promise.all(
      rounds.map(async ({ days, drafts }, round) => {
        const answers = await race(round, [
          () => patch({ session: line.editor, id: drafts[0].id, body: { status: 'in_review' } }),
          () => patch({ session: line.editor, id: drafts[1].id, body: { status: 'in_review' } }),
        ])
        answers.forEach(expectOkOrRefused)
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400])
        expect(await inMonth(days)).toBe(1)
      }),
    )
  })
})
