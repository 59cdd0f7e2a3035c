import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '../../src/payload-types'

import { TRANSITIONS } from '../../src/plugins/editorial-line/workflow/transitions'
import {
  compliantPost,
  createPeople,
  type EditorialLineIds,
  postInStatus,
  seedForPosts,
} from '../helpers/editorialLine'
import { startPayload, testDatabaseKind } from '../helpers/payload'
import type { RestClient, RestResponse } from '../helpers/rest'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

const counts: Record<string, number> = {}
const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1)

const patch = ({ id, body, token }: { id: number; body: object; token: string }) =>
  rest({ method: 'PATCH', path: `/posts/${id}`, body, token })
/** The latest version, the one editors work on. */
const latestView = async (id: number): Promise<Post> =>
  (await rest({ method: 'GET', path: `/posts/${id}?depth=0&draft=true`, token: people.admin.token })).body
/** The version API consumers get. */
const publicView = (id: number) => rest({ method: 'GET', path: `/posts/${id}?depth=0` })

const steps = (post: Post) => (post.reviewLog ?? []).map(({ from, to }) => `${from}>${to}`)

// Editing an approved post logs the revision it opens: back to draft, or to review when the date moved.
const ALLOWED = new Set([...TRANSITIONS.map(({ from, to }) => `${from}>${to}`), 'approved>in_review'])

/** The log is a chain of allowed transitions from draft to the post's current status. */
const expectPossibleLog = (post: Post) => {
  let status = 'draft'
  for (const step of steps(post)) {
    expect(ALLOWED.has(step), `${step} in ${steps(post).join(', ')}`).toBe(true)
    expect(step.split('>')[0], `${steps(post).join(', ')}`).toBe(status)
    status = step.split('>')[1]
  }
  expect(post.status, `${steps(post).join(', ')}`).toBe(status)
}

/** A refusal is a client error that says why, never a server error. */
const expectOkOrRefused = (response: RestResponse) => {
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(500)
  if (response.status !== 200) {
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.body.errors?.[0]?.message, JSON.stringify(response.body)).toBeTruthy()
    const { message, data } = response.body.errors[0]
    count(`refused ${response.status} (${data?.code ?? message})`)
  }
}

/** Sends two requests at once, the first leaving first on even rounds and second on odd ones; answers in the order given. */
const race = async ({
  round,
  requests: [first, second],
}: {
  round: number
  requests: [() => Promise<RestResponse>, () => Promise<RestResponse>]
}) =>
  round % 2 === 0 ? Promise.all([first(), second()]) : (await Promise.all([second(), first()])).reverse()

const inReview = (title?: string) =>
  postInStatus({
    payload,
    ids,
    status: 'in_review',
    author: people.editor.user,
    reviewer: people.approver.user,
    overrides: title ? { title } : {},
  })

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
})
afterAll(async () => {
  console.info(
    `concurrency (${testDatabaseKind()}): ${Object.entries(counts)
      .map(([key, value]) => `${value} ${key}`)
      .join(', ')}`,
  )
  await stop?.()
})

describe('concurrent saves of posts', () => {
  it('takes 50 parallel submissions, then 50 parallel approvals by two approvers', async () => {
    const editors = [people.editor, people.secondEditor, people.authorApprover]
    const approvers = [people.approver, people.admin]
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        rest({
          method: 'POST',
          path: '/posts',
          body: compliantPost({ ids, overrides: { title: `Publication parallèle ${i}` } }),
          token: editors[i % editors.length].token,
        }),
      ),
    )
    for (const response of created) expect(response.status, JSON.stringify(response.body)).toBe(201)
    const postIds = created.map((response) => response.body.doc.id as number)

    const submitted = await Promise.all(
      postIds.map((id, i) =>
        patch({ id, body: { status: 'in_review' }, token: editors[i % editors.length].token }),
      ),
    )
    for (const response of submitted) expect(response.status, JSON.stringify(response.body)).toBe(200)

    const approved = await Promise.all(
      postIds.map((id, i) =>
        patch({ id, body: { status: 'approved' }, token: approvers[i % approvers.length].token }),
      ),
    )
    for (const response of approved) expect(response.status, JSON.stringify(response.body)).toBe(200)
    counts['posts created, submitted and approved in parallel'] = approved.length

    for (const [i, id] of postIds.entries()) {
      const latest = await latestView(id)
      expect(latest.status).toBe('approved')
      expect(steps(latest)).toEqual(['draft>in_review', 'in_review>approved'])
      const live = await publicView(id)
      expect(live.status).toBe(200)
      expect(live.body).toMatchObject({ title: `Publication parallèle ${i}`, status: 'approved' })
    }
    // 150 saves, one transaction at a time on SQLite: 10 s alone, 35 to 60 s in CI beside another file on
    // 2 cores. The test asserts what is saved, not how fast.
  }, 240_000)

  it('logs one approval when two approvers approve the same post at once', async () => {
    for (let round = 0; round < 20; round++) {
      const { id } = await inReview()
      const responses = await Promise.all(
        [people.approver, people.admin].map(({ token }) =>
          patch({ id, body: { status: 'approved' }, token }),
        ),
      )
      responses.forEach(expectOkOrRefused)
      expect(responses.some((response) => response.status === 200)).toBe(true)
      count(
        responses.every((response) => response.status === 200)
          ? 'double approvals answered 200 twice, logged once'
          : 'double approvals answered 200 then refused',
      )

      const latest = await latestView(id)
      expect(steps(latest)).toEqual(['draft>in_review', 'in_review>approved'])
      expectPossibleLog(latest)
      expect((await publicView(id)).body.status).toBe('approved')
    }
  })

  it('loses no edit made while the post is being approved', async () => {
    for (let round = 0; round < 20; round++) {
      const { id } = await inReview('Titre relu')
      const title = `Titre corrigé ${round}`
      const edit = () => patch({ id, body: { title }, token: people.editor.token })
      const approve = () => patch({ id, body: { status: 'approved' }, token: people.approver.token })
      const [edited, approved] = await race({ round, requests: [edit, approve] })
      expectOkOrRefused(edited)
      expectOkOrRefused(approved)

      const latest = await latestView(id)
      const live = await publicView(id)
      expectPossibleLog(latest)
      expect(steps(latest).filter((step) => step === 'in_review>approved')).toHaveLength(
        approved.status === 200 ? 1 : 0,
      )
      if (edited.status === 200) {
        // Either the approval covers the edit, or the edit waits as a revision beside the approved version.
        expect(latest.title).toBe(title)
        if (latest.status === 'approved') {
          expect(live.body).toMatchObject({ title, status: 'approved' })
          count('edits approved with the post')
        } else {
          expect(latest.status).toBe('draft')
          expect(live.body).toMatchObject({ title: 'Titre relu', status: 'approved' })
          count('edits kept as a revision of the approved post')
        }
      } else {
        expect(live.body).toMatchObject({ title: 'Titre relu', status: 'approved' })
        count('edits refused')
      }
    }
  })

  it('lets one of approve and request-changes win when they race', async () => {
    for (let round = 0; round < 20; round++) {
      const { id } = await inReview()
      const approve = () => patch({ id, body: { status: 'approved' }, token: people.approver.token })
      const requestChanges = () =>
        patch({
          id,
          body: { status: 'changes_requested', reviewComment: 'Revoir le chiffre.' },
          token: people.admin.token,
        })
      const [approved, sentBack] = await race({ round, requests: [approve, requestChanges] })
      expectOkOrRefused(approved)
      expectOkOrRefused(sentBack)

      const latest = await latestView(id)
      expectPossibleLog(latest)
      const reviews = steps(latest).filter((step) => step.startsWith('in_review>'))
      expect(reviews, steps(latest).join(', ')).toHaveLength(1)
      expect(latest.status).toBe(reviews[0].split('>')[1])
      expect([approved.status, sentBack.status].filter((status) => status === 200)).toHaveLength(1)
      const live = await publicView(id)
      expect(live.status).toBe(latest.status === 'approved' ? 200 : 404)
      count(
        latest.status === 'approved' ? 'races won by the approval' : 'races won by the request for changes',
      )
    }
  })

  it('gives the last place of a capped month to one of two posts submitted at once', async () => {
    const phase = ids.phases['of.awareness']
    const { timing } = await payload.findByID({ collection: 'phases', id: phase, depth: 0 })
    // Posts of this phase counted in the month of compliantPost (January 2027 in Paris).
    const inMonth = () =>
      payload.count({
        collection: 'posts',
        where: {
          and: [
            { phase: { equals: phase } },
            { status: { in: ['in_review', 'approved', 'published'] } },
            { publishAt: { greater_than_equal: '2026-12-31T23:00:00.000Z' } },
            { publishAt: { less_than: '2027-01-31T23:00:00.000Z' } },
          ],
        },
      })
    try {
      for (let round = 0; round < 10; round++) {
        const drafts = await Promise.all(
          [0, 1].map((i) =>
            payload.create({
              collection: 'posts',
              data: {
                ...compliantPost({ ids, overrides: { title: `Dernière place ${round}.${i}` } }),
                status: 'draft',
              },
              user: people.editor.user,
              overrideAccess: false,
            }),
          ),
        )
        // One place left in the month, whatever earlier tests and rounds put there.
        const { totalDocs } = await inMonth()
        await payload.update({
          collection: 'phases',
          id: phase,
          data: { timing: { ...timing, maxPostsPerMonth: totalDocs + 1 } },
        })
        const submit = (id: number) => () =>
          patch({ id, body: { status: 'in_review' }, token: people.editor.token })
        const answers = await race({ round, requests: [submit(drafts[0].id), submit(drafts[1].id)] })
        answers.forEach(expectOkOrRefused)
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400])
        expect((await inMonth()).totalDocs).toBe(totalDocs + 1)
        for (const { id } of drafts) expectPossibleLog(await latestView(id))
        count('last places taken by one of two submissions')
      }
    } finally {
      await payload.update({ collection: 'phases', id: phase, data: { timing } })
    }
  })
})
