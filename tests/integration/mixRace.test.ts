import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { createPeople, type EditorialLineIds, postInStatus, seedForPosts } from '../helpers/editorialLine'
import { startPayload, testDatabaseKind } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

/** January 2027 in Paris, the month of every post here; the plan gives Coachs 10 % of it. */
const JANUARY = { start: '2026-12-31T23:00:00.000Z', end: '2027-01-31T23:00:00.000Z' }
const COACHS_PLANNED = 10

const committedInJanuary = async (target?: number) =>
  (
    await payload.count({
      collection: 'posts',
      where: {
        and: [
          { status: { in: ['approved', 'published'] } },
          { publishAt: { greater_than_equal: JANUARY.start } },
          { publishAt: { less_than: JANUARY.end } },
          ...(target === undefined ? [] : [{ target: { equals: target } }]),
        ],
      },
    })
  ).totalDocs

/** A Coachs awareness post in its window (a Saturday morning of January 2027), walked to `status`. */
const coachPost = (status: 'approved' | 'in_review', title: string) =>
  postInStatus({
    payload,
    ids,
    status,
    author: people.editor.user,
    reviewer: people.approver.user,
    overrides: {
      title,
      target: ids.targets.coachs,
      phase: ids.phases['coachs.awareness'],
      message: ids.messages['coachs.awareness.1'],
      publishAt: paris('2027-01-09 10:00'),
    },
  })

beforeAll(async () => {
  // A host that makes the mix's tolerance a refusal, not the default warning.
  ;({ payload, rest, stop } = await startPayload({ editorialLine: { rules: { mixTolerance: 'block' } } }))
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
  // Nine committed posts in January, one of them for Coachs: the tolerance is checked from the tenth.
  for (let index = 0; index < 8; index++) {
    await postInStatus({
      payload,
      ids,
      status: 'approved',
      author: people.editor.user,
      reviewer: people.approver.user,
      overrides: { title: `OF ${index}` },
    })
  }
  await coachPost('approved', 'Coachs 0')
}, 300_000)

afterAll(async () => {
  await stop?.()
})

describe(`the mix's tolerance under concurrent approvals (${testDatabaseKind()})`, () => {
  it('lets one of two approvals take the share left to a group, and refuses the other', async () => {
    for (let round = 0; round < 5; round++) {
      const committed = await committedInJanuary()
      const coachs = await committedInJanuary(ids.targets.coachs)
      // The tolerance that fits exactly one more Coachs post this month, not two.
      const oneMore = ((coachs + 1) / (committed + 1)) * 100
      const twoMore = ((coachs + 2) / (committed + 2)) * 100
      const tolerance = Math.ceil(oneMore) - COACHS_PLANNED
      expect(twoMore).toBeGreaterThan(COACHS_PLANNED + tolerance)
      await payload.updateGlobal({ slug: 'editorial-plan', data: { mixTolerance: tolerance } })

      const posts = [
        await coachPost('in_review', `Coachs ${round}.a`),
        await coachPost('in_review', `Coachs ${round}.b`),
      ]
      const approve = (id: number) =>
        rest({
          method: 'PATCH',
          path: `/posts/${id}`,
          body: { status: 'approved' },
          token: people.approver.token,
        })
      const answers =
        round % 2 === 0
          ? await Promise.all([approve(posts[0].id), approve(posts[1].id)])
          : (await Promise.all([approve(posts[1].id), approve(posts[0].id)])).reverse()

      expect(
        answers.map((answer) => answer.status).sort(),
        JSON.stringify(answers.map((answer) => answer.body.errors ?? answer.status)),
      ).toEqual([200, 400])
      const refused = answers.find((answer) => answer.status === 400)!
      expect(refused.body.errors[0].data.errors).toEqual([
        expect.objectContaining({ path: 'target', message: expect.stringMatching(/Coachs/) }),
      ])
      expect(await committedInJanuary(ids.targets.coachs)).toBe(coachs + 1)
      expect(await committedInJanuary()).toBe(committed + 1)
    }
  })
})
