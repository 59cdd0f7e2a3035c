import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'

import { createLocalReq } from 'payload'

import { loadCalendar } from '../../src/plugins/editorial-line/calendar/loadCalendar'
import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import {
  compliantPost,
  createPeople,
  type EditorialLineIds,
  postInStatus,
  seedForPosts,
} from '../helpers/editorialLine'
import { startPayload, testDatabaseKind } from '../helpers/payload'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

/** A lexical body of one paragraph holding `text`. */
const body = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

/** An OF retention post on the newsletter, in its slot (Tuesday 07:00–08:00) of April 2027 (campaign month 4). */
const newsletterPost = (overrides: Record<string, unknown> = {}) =>
  compliantPost({
    ids,
    overrides: {
      title: 'La lettre d’avril',
      phase: ids.phases['of.retention'],
      message: ids.messages['of.retention.1'],
      format: 'product-news',
      channel: ids.channels.newsletter,
      publishAt: paris('2027-04-06 07:30'),
      ...overrides,
    },
  })

const submit = (post: Record<string, unknown>, language = 'fr') =>
  rest({
    method: 'POST',
    path: '/posts',
    token: people.editor.token,
    language,
    body: { ...post, status: 'in_review' },
  })

const errorPaths = (response: { body: any }) =>
  (response.body.errors?.[0]?.data?.errors ?? []).map((error: { path: string }) => error.path)
const errorOn = (response: { body: any }, path: string) =>
  response.body.errors[0].data.errors.find((error: { path: string }) => error.path === path)?.message

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
})
afterAll(async () => stop?.())

describe(`channels on posts (${testDatabaseKind()})`, () => {
  it('seeds QALIA’s reading: LinkedIn for every phase, the newsletter for OF and Coachs retention and advocacy', async () => {
    const { docs: channels } = await payload.find({ collection: 'channels', sort: 'createdAt' })
    expect(channels.map((channel) => [channel.slug, channel.name, channel.maxLength ?? null])).toEqual([
      ['linkedin', 'LinkedIn — page QALIA', 3000],
      ['newsletter', 'Newsletter QALIA', null],
    ])
    expect(channels[1]).toMatchObject({
      formats: ['text', 'case-study', 'product-news', 'behind-the-scenes'],
      timing: { days: ['tue'], start: '07:00', end: '08:00' },
      maxPostsPerMonth: 1,
    })
    const { docs: phases } = await payload.find({ collection: 'phases', depth: 1, limit: 0, pagination: false })
    const withNewsletter = phases
      .filter((phase) => (phase.channels as { slug: string }[]).some((channel) => channel.slug === 'newsletter'))
      .map((phase) => `${(phase.target as { slug: string }).slug}.${phase.key}`)
      .sort()
    expect(withNewsletter).toEqual(['coachs.advocacy', 'coachs.retention', 'of.advocacy', 'of.retention'])
    expect(phases.every((phase) => (phase.channels as { slug: string }[])[0]?.slug === 'linkedin')).toBe(true)
  })

  it('takes a newsletter post in its own slot, and refuses a second one the same month (its cap), on publishAt', async () => {
    const first = await submit(newsletterPost())
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    const second = await submit(newsletterPost({ title: 'Une deuxième lettre', publishAt: paris('2027-04-13 07:30') }))
    expect(second.status).toBe(400)
    expect(errorPaths(second)).toEqual(['publishAt'])
    expect(errorOn(second, 'publishAt')).toContain('« Newsletter QALIA » prend au plus 1 posts par mois')
    // May is another month.
    const may = await submit(newsletterPost({ title: 'La lettre de mai', publishAt: paris('2027-05-04 07:30') }))
    expect(may.status, JSON.stringify(may.body)).toBe(201)
  })

  it('replaces the target’s window with the channel’s slot', async () => {
    // 08:45 on a Tuesday fits OF's window, not the newsletter's.
    const refused = await submit(newsletterPost({ publishAt: paris('2027-06-01 08:45') }), 'en')
    expect(refused.status).toBe(400)
    expect(errorOn(refused, 'publishAt')).toContain('Newsletter QALIA')
    const onLinkedIn = await submit(
      newsletterPost({ channel: ids.channels.linkedin, publishAt: paris('2027-06-01 08:45') }),
    )
    expect(onLinkedIn.status, JSON.stringify(onLinkedIn.body)).toBe(201)
  })

  it('refuses a format the channel does not take, on format (formatOnChannel)', async () => {
    const refused = await submit(newsletterPost({ format: 'carousel', publishAt: paris('2027-06-01 07:30') }), 'en')
    expect(refused.status).toBe(400)
    expect(errorPaths(refused)).toEqual(['format'])
    expect(errorOn(refused, 'format')).toBe(
      '“Newsletter QALIA” does not take Educational carousel: it takes Text post, Anonymised case study, Product news, or Behind the scenes.',
    )
  })

  it('refuses a channel the phase does not go out on, on channel (channelAllowed)', async () => {
    const refused = await submit(compliantPost({ ids, overrides: { channel: ids.channels.newsletter } }), 'en')
    expect(refused.status).toBe(400)
    expect(errorPaths(refused)).toContain('channel')
    expect(errorOn(refused, 'channel')).toMatch(/does not go out on “Newsletter QALIA”: use « LinkedIn — page QALIA »/)
  })

  it('refuses a LinkedIn post of 3,001 characters on body (channelLength), takes 3,000', async () => {
    const refused = await submit(compliantPost({ ids, overrides: { body: body('a'.repeat(3001)) as never } }))
    expect(refused.status).toBe(400)
    expect(errorPaths(refused)).toEqual(['body'])
    expect(errorOn(refused, 'body')).toBe(
      '« LinkedIn — page QALIA » accepte au plus 3000 caractères ; ce texte en compte 3001.',
    )
    const taken = await submit(
      compliantPost({
        ids,
        overrides: { body: body('a'.repeat(3000)) as never, publishAt: paris('2027-01-07 09:00') },
      }),
    )
    expect(taken.status, JSON.stringify(taken.body)).toBe(201)
  })

  it('lets a draft be too long: drafts are never refused', async () => {
    const draft = await rest({
      method: 'POST',
      path: '/posts',
      token: people.editor.token,
      body: { ...compliantPost({ ids, overrides: { body: body('a'.repeat(3001)) as never } }), status: 'draft' },
    })
    expect(draft.status).toBe(201)
    expect(draft.body.doc.checklist).toMatchObject({ channel: false, complete: false })
  })

  it('gives a post without a channel the first its phase allows', async () => {
    await payload.update({
      collection: 'phases',
      id: ids.phases['coachs.advocacy'],
      data: { channels: [ids.channels.newsletter] },
    })
    try {
      const created = await rest({
        method: 'POST',
        path: '/posts',
        token: people.editor.token,
        body: { title: 'Sans canal', status: 'draft', target: ids.targets.coachs, phase: ids.phases['coachs.advocacy'] },
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      expect(created.body.doc.channel).toMatchObject({ slug: 'newsletter' })
      const noPhase = await rest({
        method: 'POST',
        path: '/posts',
        token: people.editor.token,
        body: { title: 'Sans phase', status: 'draft' },
      })
      expect(noPhase.body.doc.channel).toMatchObject({ slug: 'linkedin' })
    } finally {
      await payload.update({
        collection: 'phases',
        id: ids.phases['coachs.advocacy'],
        data: { channels: [ids.channels.linkedin, ids.channels.newsletter] },
      })
    }
  })

  it('shows the length finding live (POST /posts/check), and the channels a phase allows (GET /posts/channels)', async () => {
    const check = await rest({
      method: 'POST',
      path: '/posts/check',
      token: people.editor.token,
      body: { ...compliantPost({ ids }), body: body('a'.repeat(3001)) },
    })
    expect(check.status).toBe(200)
    expect(check.body.checklist.channel).toBe(false)
    expect(check.body.findings).toContainEqual(
      expect.objectContaining({ rule: 'channelLength', level: 'block', path: 'body' }),
    )
    const slugs = async (phase: string) =>
      (
        await rest({ method: 'GET', path: `/posts/channels?phase=${ids.phases[phase]}`, token: people.editor.token })
      ).body.channels.map((channel: { slug: string }) => channel.slug)
    expect(await slugs('of.awareness')).toEqual(['linkedin'])
    expect(await slugs('of.retention')).toEqual(['linkedin', 'newsletter'])
    expect((await rest({ method: 'GET', path: '/posts/channels' })).status).toBe(401)
  })
})

describe(`the slot finder per channel (${testDatabaseKind()})`, () => {
  const slots = async (query: string) => {
    const response = await rest({ method: 'GET', path: `/posts/next-slots?${query}`, token: people.editor.token })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    return (response.body.slots as { local: string }[]).map((slot) => slot.local)
  }
  const retention = () => `target=${ids.targets.of}&phase=${ids.phases['of.retention']}&format=product-news`

  it('proposes the newsletter’s own slot, one month at a time, skipping the months it already has its post', async () => {
    // April and May 2027 already have their newsletter (the tests above).
    // The slots are alternatives for one post: several in a month the newsletter has room in.
    expect(await slots(`${retention()}&channel=${ids.channels.newsletter}&from=2027-03-01&count=2`)).toEqual([
      '2027-03-02 07:00',
      '2027-03-09 07:00',
    ])
    expect(await slots(`${retention()}&channel=${ids.channels.newsletter}&from=2027-04-01&count=2`)).toEqual([
      '2027-06-01 07:00',
      '2027-06-08 07:00',
    ])
  })

  it('proposes the target’s window on LinkedIn, the phase’s first channel when none is named', async () => {
    const onLinkedIn = await slots(`${retention()}&channel=${ids.channels.linkedin}&from=2027-03-01&count=2`)
    expect(onLinkedIn).toEqual(['2027-03-02 08:30', '2027-03-04 08:30'])
    expect(await slots(`${retention()}&from=2027-03-01&count=2`)).toEqual(onLinkedIn)
  })

  it('refuses a channel that does not exist', async () => {
    const response = await rest({
      method: 'GET',
      path: `/posts/next-slots?${retention()}&channel=987654`,
      token: people.editor.token,
      language: 'en',
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe('No channel has the id “987654”.')
  })
})

describe(`who reads and writes channels (${testDatabaseKind()})`, () => {
  it('lets admins write, the team and publishers read, anyone else nothing of the collection itself', async () => {
    const created = await rest({
      method: 'POST',
      path: '/channels',
      token: people.admin.token,
      body: { name: 'Blog', slug: 'blog', maxLength: 20000 },
    })
    expect(created.status).toBe(201)
    for (const person of [people.editor, people.approver]) {
      expect(
        (await rest({ method: 'POST', path: '/channels', token: person.token, body: { name: 'X', slug: 'x' } }))
          .status,
      ).toBe(403)
      expect(
        (
          await rest({
            method: 'PATCH',
            path: `/channels/${created.body.doc.id}`,
            token: person.token,
            body: { maxLength: 1 },
          })
        ).status,
      ).toBe(403)
      const read = await rest({ method: 'GET', path: `/channels/${ids.channels.newsletter}`, token: person.token })
      expect(read.body).toMatchObject({ maxPostsPerMonth: 1, formats: expect.any(Array) })
    }
    const publisher = await rest({
      method: 'GET',
      path: '/channels?limit=10',
      apiKey: people.publisher.apiKey,
    })
    expect(publisher.status).toBe(200)
    expect(publisher.body.docs.map((channel: { slug: string }) => channel.slug)).toContain('newsletter')
    expect((await rest({ method: 'GET', path: '/channels' })).status).toBe(403)
    expect((await rest({ method: 'GET', path: `/channels/${ids.channels.linkedin}` })).status).toBe(403)
    expect((await rest({ method: 'DELETE', path: `/channels/${created.body.doc.id}`, token: people.admin.token })).status).toBe(200)
  })

  it('gives anonymous callers an approved post’s channel name and slug only, and filters by channel slug', async () => {
    await postInStatus({
      payload,
      ids,
      status: 'approved',
      author: people.editor.user,
      reviewer: people.approver.user,
      overrides: { title: 'Approuvée sur LinkedIn', publishAt: paris('2027-02-02 09:00') },
    })
    const { status, body: found } = await rest({
      method: 'GET',
      path: '/posts?where[channel.slug][equals]=linkedin&where[title][equals]=Approuv%C3%A9e%20sur%20LinkedIn',
    })
    expect(status).toBe(200)
    expect(found.docs).toHaveLength(1)
    expect(found.docs[0].channel).toEqual({ id: ids.channels.linkedin, name: 'LinkedIn — page QALIA', slug: 'linkedin' })
    // What only the team reads of a channel is no filter for anyone else either.
    expect((await rest({ method: 'GET', path: '/posts?where[channel.maxLength][equals]=3000' })).status).toBe(400)
    const deep = await rest({ method: 'GET', path: '/posts?depth=3&where[channel.slug][equals]=linkedin' })
    expect(deep.body.docs.length).toBeGreaterThan(0)
    for (const post of deep.body.docs) expect(Object.keys(post.channel).sort()).toEqual(['id', 'name', 'slug'])
  })

  it('refuses to delete a channel posts use, saying how many', async () => {
    const used = (await payload.count({ collection: 'posts', where: { channel: { equals: ids.channels.newsletter } } }))
      .totalDocs
    expect(used).toBeGreaterThan(0)
    const refused = await rest({
      method: 'DELETE',
      path: `/channels/${ids.channels.newsletter}`,
      token: people.admin.token,
      language: 'en',
    })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain(`used by ${used} post`)
    expect((await payload.count({ collection: 'channels', where: { slug: { equals: 'newsletter' } } })).totalDocs).toBe(1)
  })
})

describe(`the calendar by channel (${testDatabaseKind()})`, () => {
  it('shows every channel’s posts, or only those of the channel the menu names', async () => {
    // Drafts (never refused) of September 2027, a month no other test uses: one per channel.
    for (const [title, channel] of [
      ['Sur LinkedIn', ids.channels.linkedin],
      ['Dans la lettre', ids.channels.newsletter],
    ] as const) {
      await payload.create({
        collection: 'posts',
        data: compliantPost({
          ids,
          overrides: { title, channel, status: 'draft', publishAt: paris('2027-09-07 08:45') },
        }) as never,
      })
    }
    const editor = await payload.findByID({ collection: 'users', id: people.editor.user.id })
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } as never }, payload)
    const month = { req, start: paris('2027-09-01 00:00'), end: paris('2027-10-01 00:00') }
    const titles = async (channel?: string) => {
      const { posts, channels } = await loadCalendar({ ...month, channel })
      expect(channels.map((each) => each.slug)).toEqual(['linkedin', 'newsletter'])
      return posts.map((post) => `${post.title} (${post.channel?.slug})`).sort()
    }
    expect(await titles()).toEqual(['Dans la lettre (newsletter)', 'Sur LinkedIn (linkedin)'])
    expect(await titles('newsletter')).toEqual(['Dans la lettre (newsletter)'])
    expect(await titles('linkedin')).toEqual(['Sur LinkedIn (linkedin)'])
  })
})
