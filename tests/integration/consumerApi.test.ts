import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '../../src/payload-types'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { createPeople, type EditorialLineIds, postInStatus, seedForPosts } from '../helpers/editorialLine'
import { startPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>
const titles: Record<string, string> = {}

/** The consumer queries of docs/api-cookbook.md, as a publishing bot or a website sends them. */
const consumer = async (query: string) => {
  const response = await rest({ method: 'GET', path: `/posts?${query}` })
  expect(response.status).toBe(200)
  return response.body.docs as Post[]
}

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
  const write = async (name: string, status: Post['status'], overrides: Partial<Post>) => {
    titles[name] = `${name} post`
    await postInStatus({
      payload,
      ids,
      status,
      author: people.editor.user,
      reviewer: people.approver.user,
      overrides: { title: titles[name], ...overrides },
    })
  }
  await write('earlyJanuary', 'approved', { publishAt: paris('2027-01-05 09:00') })
  await write('lateJanuary', 'published', { publishAt: paris('2027-01-28 09:00') })
  await write('february', 'approved', { publishAt: paris('2027-02-02 09:00') })
  await write('pending', 'in_review', { publishAt: paris('2027-01-12 09:00') })
  await write('coachs', 'approved', {
    target: ids.targets.coachs,
    phase: ids.phases['coachs.awareness'],
    message: ids.messages['coachs.awareness.1'],
    publishAt: paris('2027-01-09 10:00'), // a Saturday, in the coaches' weekend window
  })
})
afterAll(async () => stop?.())

describe('consumer API', () => {
  it('lists the approved posts of a date range, newest first, with target, phase and message', async () => {
    const docs = await consumer(
      'where[publishAt][greater_than_equal]=2027-01-01T00:00:00%2B01:00&where[publishAt][less_than]=2027-02-01T00:00:00%2B01:00',
    )
    expect(docs.map((post) => post.title)).toEqual([titles.lateJanuary, titles.coachs, titles.earlyJanuary])
    for (const post of docs) {
      // What the post is about, and nothing more of the editorial line (see leaks.test.ts).
      expect(post.target).toEqual({
        id: expect.any(Number),
        slug: expect.any(String),
        name: expect.any(String),
      })
      expect(post.phase).toEqual({ id: expect.any(Number), name: expect.stringMatching(/Awareness$/) })
      expect(post.message).toEqual({ id: expect.any(Number), text: expect.any(String) })
      // The channel it goes out on: its name and slug, nothing of its length, formats or slot.
      expect(post.channel).toEqual({ id: ids.channels.linkedin, name: 'LinkedIn — page QALIA', slug: 'linkedin' })
      for (const hidden of ['author', 'reviewLog', 'warnings', 'checklist', 'timingOverride']) {
        expect(
          post,
          `${hidden}: ${JSON.stringify((post as unknown as Record<string, unknown>)[hidden])}`,
        ).not.toHaveProperty(hidden)
      }
    }
  })

  it('filters by target (slug or id) and by channel', async () => {
    expect((await consumer('where[target.slug][equals]=coachs')).map((post) => post.title)).toEqual([
      titles.coachs,
    ])
    expect(
      (await consumer(`where[target][equals]=${ids.targets.of}&where[status][equals]=published`)).map(
        (post) => post.title,
      ),
    ).toEqual([titles.lateJanuary])
    expect(await consumer('where[channel.slug][equals]=linkedin')).toHaveLength(4)
    expect(await consumer('where[channel.slug][equals]=newsletter')).toHaveLength(0)
    expect(await consumer(`where[channel][equals]=${ids.channels.linkedin}`)).toHaveLength(4)
  })

  it('lets the publisher find what to publish and report where it went out', async () => {
    const toPublish = await rest({
      method: 'GET',
      path: '/posts?where[status][equals]=approved&sort=publishAt&depth=0',
      apiKey: people.publisher.apiKey,
    })
    expect(toPublish.body.docs.map((post: Post) => post.title)).toEqual([
      titles.earlyJanuary,
      titles.coachs,
      titles.february,
    ])
    const [next] = toPublish.body.docs as Post[]
    const marked = await rest({
      method: 'PATCH',
      path: `/posts/${next.id}`,
      body: { status: 'published', publishedUrl: 'https://www.linkedin.com/posts/qalia-next' },
      apiKey: people.publisher.apiKey,
    })
    expect(marked.status).toBe(200)
    expect(marked.body.doc).toMatchObject({
      status: 'published',
      publishedUrl: 'https://www.linkedin.com/posts/qalia-next',
    })
    expect(marked.body.doc, JSON.stringify(marked.body.doc.reviewLog)).not.toHaveProperty('reviewLog')
  })
})
