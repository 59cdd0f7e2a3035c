import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '../../src/payload-types'
import type { PostStatus } from '../../src/plugins/editorial-line/constants'

import {
  compliantPost,
  createPeople,
  type EditorialLineIds,
  postInStatus,
  seedForPosts,
} from '../helpers/editorialLine'
import { graphqlClient } from '../helpers/graphql'
import { startPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

/**
 * Who may do what to a post, on every channel (REST, GraphQL, Local API with `overrideAccess: false`).
 * `ok`: done, and its effect checked; `forbidden`: 403, the post left as it was; `not found`: 404,
 * the post being invisible to that person. Each case runs on a fresh post written by the editor,
 * except the author-approver's, written by that approver (who therefore may not review it).
 */
// prettier-ignore
const EXPECTED = {
  //               anonymous    editor       secondEditor approver     authorApprover publisher    admin
  create:         ['forbidden', 'ok',        'ok',        'ok',        'ok',          'forbidden', 'ok'],
  readDraft:      ['not found', 'ok',        'ok',        'ok',        'ok',          'not found', 'ok'],
  readApproved:   ['ok',        'ok',        'ok',        'ok',        'ok',          'ok',        'ok'],
  update:         ['forbidden', 'ok',        'forbidden', 'ok',        'ok',          'forbidden', 'ok'],
  submit:         ['forbidden', 'ok',        'forbidden', 'ok',        'ok',          'forbidden', 'ok'],
  approve:        ['forbidden', 'forbidden', 'forbidden', 'ok',        'forbidden',   'forbidden', 'ok'],
  requestChanges: ['forbidden', 'forbidden', 'forbidden', 'ok',        'forbidden',   'forbidden', 'ok'],
  resubmit:       ['forbidden', 'ok',        'forbidden', 'ok',        'ok',          'forbidden', 'ok'],
  publish:        ['forbidden', 'forbidden', 'forbidden', 'ok',        'ok',          'ok',        'ok'],
  withdraw:       ['forbidden', 'forbidden', 'forbidden', 'ok',        'ok',          'forbidden', 'ok'],
  delete:         ['forbidden', 'ok',        'forbidden', 'forbidden', 'ok',          'forbidden', 'ok'],
  // A post's results: publishers with their API key and admins, on published posts only.
  recordMetrics:  ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden',   'ok',        'ok'],
  metricsTooSoon: ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden',   'forbidden', 'forbidden'],
} as const

/** Results a publisher reports (`measuredAt` is the server's: the one sent here is ignored). */
const METRICS = { impressions: 1200, reactions: 40, comments: 6, shares: 3, clicks: 25 }

const ACTORS = [
  'anonymous',
  'editor',
  'secondEditor',
  'approver',
  'authorApprover',
  'publisher',
  'admin',
] as const
type Actor = (typeof ACTORS)[number]
type Operation = keyof typeof EXPECTED
type Outcome = (typeof EXPECTED)[Operation][number]
type Channel = 'GraphQL' | 'Local API' | 'REST'

type Action =
  | { kind: 'create' }
  | { kind: 'read' }
  | { kind: 'update'; data: Record<string, unknown>; status: PostStatus }
  | { kind: 'delete' }

/** The status a case's post starts in, and what the case does to it. */
const CASES: Record<Operation, { start: null | PostStatus; action: Action }> = {
  create: { start: null, action: { kind: 'create' } },
  readDraft: { start: 'draft', action: { kind: 'read' } },
  readApproved: { start: 'approved', action: { kind: 'read' } },
  update: { start: 'draft', action: { kind: 'update', data: { title: 'Titre revu' }, status: 'draft' } },
  submit: { start: 'draft', action: { kind: 'update', data: { status: 'in_review' }, status: 'in_review' } },
  approve: {
    start: 'in_review',
    action: { kind: 'update', data: { status: 'approved' }, status: 'approved' },
  },
  requestChanges: {
    start: 'in_review',
    action: {
      kind: 'update',
      data: { status: 'changes_requested', reviewComment: 'Précisez la source.' },
      status: 'changes_requested',
    },
  },
  resubmit: {
    start: 'changes_requested',
    action: { kind: 'update', data: { status: 'in_review' }, status: 'in_review' },
  },
  publish: {
    start: 'approved',
    action: {
      kind: 'update',
      data: { status: 'published', publishedUrl: 'https://www.linkedin.com/posts/qalia-matrix' },
      status: 'published',
    },
  },
  withdraw: { start: 'approved', action: { kind: 'update', data: { status: 'draft' }, status: 'draft' } },
  delete: { start: 'draft', action: { kind: 'delete' } },
  recordMetrics: {
    start: 'published',
    action: {
      kind: 'update',
      data: { metrics: { ...METRICS, measuredAt: '2020-01-01T00:00:00.000Z' } },
      status: 'published',
    },
  },
  metricsTooSoon: {
    start: 'approved',
    action: { kind: 'update', data: { metrics: METRICS }, status: 'approved' },
  },
}

let payload: Payload
let rest: RestClient
let graphql: ReturnType<typeof graphqlClient>
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

const outcomeOf = (status: number): Outcome | `status ${number}` =>
  status < 300 ? 'ok' : status === 403 ? 'forbidden' : status === 404 ? 'not found' : `status ${status}`

/** A GraphQL input object: enum values bare, nested objects as input objects, everything else as JSON. */
const graphqlInput = (data: Record<string, unknown>): string =>
  `{ ${Object.entries(data)
    .map(([key, value]) =>
      ['status', 'format', 'channel'].includes(key)
        ? `${key}: ${value}`
        : value && typeof value === 'object'
          ? `${key}: ${graphqlInput(value as Record<string, unknown>)}`
          : `${key}: ${JSON.stringify(value)}`,
    )
    .join(', ')} }`

/** Runs an action as an actor on a channel and says how it went, as an HTTP status. */
const perform = async ({
  channel,
  actor,
  action,
  id,
}: {
  channel: Channel
  actor: Actor
  action: Action
  id?: number
}): Promise<number> => {
  // GraphQL marks required fields with a default (status, channel) as mandatory in its create input.
  const data =
    action.kind === 'create'
      ? { ...compliantPost({ ids }), status: 'draft' }
      : action.kind === 'update'
        ? action.data
        : {}
  const person = actor === 'anonymous' ? undefined : people[actor]
  const auth = {
    token: person && 'token' in person ? person.token : undefined,
    apiKey: person && 'apiKey' in person ? person.apiKey : undefined,
  }

  if (channel === 'REST') {
    const request = {
      create: { method: 'POST', path: '/posts', body: data },
      read: { method: 'GET', path: `/posts/${id}` },
      update: { method: 'PATCH', path: `/posts/${id}`, body: data },
      delete: { method: 'DELETE', path: `/posts/${id}` },
    } as const
    return (await rest({ ...request[action.kind], ...auth })).status
  }

  if (channel === 'GraphQL') {
    const query = {
      create: `mutation { createPost(data: ${graphqlInput(data)}) { id } }`,
      read: `{ Post(id: ${id}) { id title } }`,
      update: `mutation { updatePost(id: ${id}, data: ${graphqlInput(data)}) { id } }`,
      delete: `mutation { deletePost(id: ${id}) { id } }`,
    }[action.kind]
    const { body } = await graphql({ query, ...auth })
    const error = body.errors?.[0]
    if (!error) return 200
    return error.extensions?.statusCode ?? 500
  }

  const as = { user: person?.user, overrideAccess: false }
  try {
    if (action.kind === 'create')
      await payload.create({ collection: 'posts', data: data as unknown as Post, ...as })
    if (action.kind === 'read') await payload.findByID({ collection: 'posts', id: id!, ...as })
    if (action.kind === 'update')
      await payload.update({ collection: 'posts', id: id!, data: data as Partial<Post>, ...as })
    if (action.kind === 'delete') await payload.delete({ collection: 'posts', id: id!, ...as })
    return 200
  } catch (error) {
    return (error as { status?: number }).status ?? 500
  }
}

/** The post as the database holds it (latest version), or null once deleted. */
const current = async (id: number) =>
  (await payload.find({ collection: 'posts', where: { id: { equals: id } }, draft: true, depth: 0 }))
    .docs[0] ?? null

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  graphql = graphqlClient(payload.config)
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
})
afterAll(async () => stop?.())

const CHANNELS: Channel[] = ['REST', 'GraphQL', 'Local API']
const cases = (Object.keys(EXPECTED) as Operation[]).flatMap((operation) =>
  ACTORS.map((actor, column) => ({ operation, actor, expected: EXPECTED[operation][column] })),
)

describe.each(CHANNELS)('access matrix through %s', (channel) => {
  it.each(cases)('$actor: $operation → $expected', async ({ operation, actor, expected: matrix }) => {
    // A publisher on the Local API calls without its API key: it may not record results there.
    const expected =
      channel === 'Local API' && actor === 'publisher' && operation === 'recordMetrics' ? 'forbidden' : matrix
    const { start, action } = CASES[operation]
    const author = actor === 'authorApprover' ? people.authorApprover.user : people.editor.user
    const post = start
      ? await postInStatus({ payload, ids, status: start, author, reviewer: people.approver.user })
      : undefined
    const before = post ? await current(post.id) : null
    const status = await perform({ channel, actor, action, id: post?.id })
    expect(outcomeOf(status)).toBe(expected)

    if (!post) return
    const after = await current(post.id)
    if (expected !== 'ok' || action.kind === 'read') {
      expect(after, 'a refused or read-only request leaves the post as it was').toEqual(before)
    } else if (action.kind === 'delete') {
      expect(after).toBeNull()
    } else if (action.kind === 'update') {
      expect(after?.status).toBe(action.status)
      expect(after?.reviewLog?.length).toBe(
        (before?.reviewLog?.length ?? 0) + (action.status === start ? 0 : 1),
      )
      if ('title' in action.data) expect(after?.title).toBe(action.data.title)
      if ('metrics' in action.data) {
        const { measuredAt, ...counts } = after!.metrics!
        expect(counts).toEqual(METRICS)
        expect(new Date(measuredAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)
        // Nothing else of the published post changed.
        const othersOf = ({ metrics: _m, updatedAt: _u, ...others }: Post) => others
        expect(othersOf(after!)).toEqual(othersOf(before!))
      }
    }
  })
})

/**
 * Who reads the editorial line itself (targets, phases, messages, channels and the plan), on every channel:
 * the editorial team and publishers, who publish from it; anyone else gets Payload's 403, whatever
 * the form of the read. (What anonymous readers learn of it through approved posts: leaks.test.ts.)
 */
// prettier-ignore
const LINE_EXPECTED = {
  //          anonymous    publisher editor approver admin
  list:      ['forbidden', 'ok',     'ok',  'ok',    'ok'],
  byId:      ['forbidden', 'ok',     'ok',  'ok',    'ok'],
  count:     ['forbidden', 'ok',     'ok',  'ok',    'ok'],
} as const
const PLAN_EXPECTED = ['forbidden', 'ok', 'ok', 'ok', 'ok'] as const
const LINE_ACTORS = ['anonymous', 'publisher', 'editor', 'approver', 'admin'] as const
type LineActor = (typeof LINE_ACTORS)[number]
type LineRead = keyof typeof LINE_EXPECTED

/**
 * Each line collection with its GraphQL names, a document to read by id, and a field only the team
 * and publishers read, which an `ok` answer must hold (a strategy field, not just the name).
 */
const LINE = {
  targets: { one: 'Target', many: 'Targets', id: () => ids.targets.coachs, strategy: 'context' },
  phases: { one: 'Phase', many: 'Phases', id: () => ids.phases['coachs.awareness'], strategy: 'emotion' },
  messages: { one: 'Message', many: 'Messages', id: () => ids.messages['of.advocacy.3'], strategy: 'status' },
  channels: { one: 'Channel', many: 'Channels', id: () => ids.channels.linkedin, strategy: 'maxLength' },
} as const
type LineSlug = keyof typeof LINE

/** Reads the line as an actor on a channel: the HTTP status, and the documents (or plan) read. */
const readLine = async ({
  channel,
  actor,
  read,
}: {
  channel: Channel
  actor: LineActor
  read: { slug: LineSlug; kind: LineRead } | { slug: 'editorial-plan' }
}): Promise<{ status: number; docs: Record<string, unknown>[] }> => {
  const person = actor === 'anonymous' ? undefined : people[actor]
  const auth = {
    token: person && 'token' in person ? person.token : undefined,
    apiKey: person && 'apiKey' in person ? person.apiKey : undefined,
  }
  const line = read.slug === 'editorial-plan' ? undefined : LINE[read.slug]
  const kind = 'kind' in read ? read.kind : 'plan'

  if (channel === 'REST') {
    const path = !line
      ? '/globals/editorial-plan'
      : { list: `/${read.slug}?limit=0`, byId: `/${read.slug}/${line.id()}`, count: `/${read.slug}/count` }[
          kind as LineRead
        ]
    const { status, body } = await rest({ method: 'GET', path, ...auth })
    if (status >= 300) return { status, docs: [] }
    return { status, docs: kind === 'list' ? body.docs : kind === 'count' ? [] : [body] }
  }

  if (channel === 'GraphQL') {
    const strategy = line?.strategy ?? 'activeClients'
    const query = !line
      ? '{ EditorialPlan { activeClients } }'
      : {
          list: `{ ${line.many}(limit: 0) { docs { id ${strategy} } } }`,
          byId: `{ ${line.one}(id: ${line.id()}) { id ${strategy} } }`,
          count: `{ count${line.many} { totalDocs } }`,
        }[kind as LineRead]
    const { body } = await graphql({ query, ...auth })
    const error = body.errors?.[0]
    if (error) return { status: error.extensions?.statusCode ?? 500, docs: [] }
    const data = Object.values(body.data)[0] as { docs?: Record<string, unknown>[]; totalDocs?: number }
    return { status: 200, docs: kind === 'list' ? data.docs! : kind === 'count' ? [] : [data] }
  }

  const as = { user: person?.user, overrideAccess: false }
  // The stored documents as plain records: which fields they hold is what the cases look at.
  const plain = (docs: object[]) => docs as unknown as Record<string, unknown>[]
  try {
    if (!line)
      return { status: 200, docs: plain([await payload.findGlobal({ slug: 'editorial-plan', ...as })]) }
    const collection = read.slug as LineSlug
    if (kind === 'list')
      return { status: 200, docs: plain((await payload.find({ collection, limit: 0, ...as })).docs) }
    if (kind === 'byId') {
      return { status: 200, docs: plain([await payload.findByID({ collection, id: line.id(), ...as })]) }
    }
    await payload.count({ collection, ...as })
    return { status: 200, docs: [] }
  } catch (error) {
    return { status: (error as { status?: number }).status ?? 500, docs: [] }
  }
}

const lineCases = [
  ...(Object.keys(LINE) as LineSlug[]).flatMap((slug) =>
    (Object.keys(LINE_EXPECTED) as LineRead[]).flatMap((kind) =>
      LINE_ACTORS.map((actor, column) => ({
        what: `${slug} ${kind}`,
        read: { slug, kind } as const,
        actor,
        expected: LINE_EXPECTED[kind][column],
      })),
    ),
  ),
  ...LINE_ACTORS.map((actor, column) => ({
    what: 'editorial-plan',
    read: { slug: 'editorial-plan' } as const,
    actor,
    expected: PLAN_EXPECTED[column],
  })),
]

describe.each(CHANNELS)('the editorial line through %s', (channel) => {
  it.each(lineCases)('$actor: $what → $expected', async ({ read, actor, expected }) => {
    const { status, docs } = await readLine({ channel, actor, read })
    expect(outcomeOf(status)).toBe(expected)
    if (expected !== 'ok') return
    if ('kind' in read && read.kind === 'count') return
    // An `ok` read gives the strategy itself, not a trimmed copy: the document, or one of the list, holds it.
    const strategy = read.slug === 'editorial-plan' ? 'activeClients' : LINE[read.slug].strategy
    expect(
      docs.some((doc) => doc[strategy] !== null && doc[strategy] !== undefined),
      JSON.stringify(docs),
    ).toBe(true)
  })
})

/**
 * Who writes the line's channels: admins only; everyone else gets Payload's 403 and the channel is
 * left as it was (created, renamed or deleted only by an admin). Each case on a fresh, unused channel.
 */
// prettier-ignore
const CHANNEL_WRITE_EXPECTED = {
  //          anonymous    publisher    editor       approver     admin
  create:    ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok'],
  update:    ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok'],
  delete:    ['forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok'],
} as const
type ChannelWrite = keyof typeof CHANNEL_WRITE_EXPECTED

let channelCount = 0
const channelWriteCases = (Object.keys(CHANNEL_WRITE_EXPECTED) as ChannelWrite[]).flatMap((kind) =>
  LINE_ACTORS.map((actor, column) => ({ kind, actor, expected: CHANNEL_WRITE_EXPECTED[kind][column] })),
)

/** The channel with this slug as the database holds it, or null. */
const storedChannel = async (slug: string) =>
  (await payload.find({ collection: 'channels', where: { slug: { equals: slug } }, depth: 0 })).docs[0] ?? null

describe.each(CHANNELS)('writing channels through %s', (channel) => {
  it.each(channelWriteCases)('$actor: $kind → $expected', async ({ kind, actor, expected }) => {
    channelCount += 1
    const slug = `matrix-${channelCount}`
    const existing =
      kind === 'create'
        ? null
        : await payload.create({ collection: 'channels', data: { name: 'Canal de test', slug } as never })
    const person = actor === 'anonymous' ? undefined : people[actor]
    const auth = {
      token: person && 'token' in person ? person.token : undefined,
      apiKey: person && 'apiKey' in person ? person.apiKey : undefined,
    }
    const data = kind === 'create' ? { name: 'Canal créé', slug } : { name: 'Canal renommé' }
    let status: number
    if (channel === 'REST') {
      const request = {
        create: { method: 'POST', path: '/channels', body: data },
        update: { method: 'PATCH', path: `/channels/${existing?.id}`, body: data },
        delete: { method: 'DELETE', path: `/channels/${existing?.id}` },
      } as const
      status = (await rest({ ...request[kind], ...auth })).status
    } else if (channel === 'GraphQL') {
      const fields = Object.entries(data)
        .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
        .join(', ')
      const query = {
        create: `mutation { createChannel(data: { ${fields} }) { id } }`,
        update: `mutation { updateChannel(id: ${existing?.id}, data: { ${fields} }) { id } }`,
        delete: `mutation { deleteChannel(id: ${existing?.id}) { id } }`,
      }[kind]
      const { body } = await graphql({ query, ...auth })
      status = body.errors?.[0] ? (body.errors[0].extensions?.statusCode ?? 500) : 200
    } else {
      const as = { user: person?.user, overrideAccess: false }
      try {
        if (kind === 'create') await payload.create({ collection: 'channels', data: data as never, ...as })
        if (kind === 'update')
          await payload.update({ collection: 'channels', id: existing!.id, data: data as never, ...as })
        if (kind === 'delete') await payload.delete({ collection: 'channels', id: existing!.id, ...as })
        status = 200
      } catch (error) {
        status = (error as { status?: number }).status ?? 500
      }
    }
    expect(outcomeOf(status)).toBe(expected)
    const after = await storedChannel(slug)
    if (kind === 'create') expect(after?.name ?? null).toBe(expected === 'ok' ? 'Canal créé' : null)
    if (kind === 'update') expect(after?.name).toBe(expected === 'ok' ? 'Canal renommé' : 'Canal de test')
    if (kind === 'delete') expect(after === null).toBe(expected === 'ok')
  })
})
