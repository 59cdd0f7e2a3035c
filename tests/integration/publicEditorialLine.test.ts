import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '../../src/payload-types'
import type { RestClient } from '../helpers/rest'

import { createPeople, type EditorialLineIds, postInStatus, seedForPosts } from '../helpers/editorialLine'
import { graphqlClient } from '../helpers/graphql'
import { startPayload } from '../helpers/payload'

/** A host that opens its editorial line: `editorialLine({ publicEditorialLine: true })`. */
let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let graphql: ReturnType<typeof graphqlClient>
let approved: Post

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload({ editorialLine: { publicEditorialLine: true } }))
  graphql = graphqlClient(payload.config)
  ids = await seedForPosts({ payload })
  const people = await createPeople({ payload, rest })
  approved = await postInStatus({
    payload,
    ids,
    status: 'approved',
    author: people.editor.user,
    reviewer: people.approver.user,
  })
})
afterAll(async () => stop?.())

describe('publicEditorialLine: true', () => {
  const anonymous = async (path: string) => {
    const { status, body } = await rest({ method: 'GET', path })
    expect(status, path).toBe(200)
    return body
  }

  it('lets anonymous callers read targets, phases and messages in full, by list, id and count', async () => {
    const targets = await anonymous('/targets?limit=0')
    expect(targets.totalDocs).toBe(5)
    const coachs = await anonymous(`/targets/${ids.targets.coachs}`)
    expect(coachs.context).toContain('Différences vs OF')
    expect(coachs.approach.donts.map((dont: { text: string }) => dont.text)).toEqual([
      'Focus Qualiopi',
      'Focus audit',
    ])
    expect((await anonymous('/targets/count')).totalDocs).toBe(5)
    const phase = await anonymous(`/phases/${ids.phases['of.awareness']}?depth=1`)
    expect(phase).toMatchObject({ key: 'awareness', clientState: expect.any(String), target: { slug: 'of' } })
    const messages = await anonymous('/messages?limit=0&where[status][equals]=to_define')
    expect(messages.docs.map((message: { text: string }) => message.text)).toContain(
      'Programme de parrainage',
    )
  })

  it('lets them read the plan', async () => {
    const plan = await anonymous('/globals/editorial-plan')
    expect(plan).toMatchObject({ startMonth: '2027-01', activeClients: 0, mixTolerance: 10 })
    expect(plan.mix).toHaveLength(3)
  })

  it('populates an approved post’s target, phase and message in full, as before', async () => {
    const post = await anonymous(`/posts/${approved.id}?depth=2`)
    expect(post.target).toMatchObject({ slug: 'of', mixGroup: 'of', timing: { days: ['tue', 'thu'] } })
    expect(post.phase).toMatchObject({
      key: 'awareness',
      objective: expect.any(String),
      target: { slug: 'of' },
    })
    expect(post.message).toMatchObject({ status: 'active', phase: { key: 'awareness' } })
  })

  it('over GraphQL too', async () => {
    const { body } = await graphql({
      query: `{ Targets(where: { slug: { equals: "coachs" } }) { docs { context } }
        EditorialPlan { activeClients } Post(id: ${approved.id}) { target { mixGroup } } }`,
    })
    expect(body.errors).toBeUndefined()
    expect(body.data.Targets.docs[0].context).toContain('Différences vs OF')
    expect(body.data.EditorialPlan.activeClients).toBe(0)
    expect(body.data.Post.target.mixGroup).toBe('of')
  })
})
