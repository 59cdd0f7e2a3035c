import type { Payload } from 'payload'

import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post, User } from '../../src/payload-types'
import type { RestClient } from '../helpers/rest'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { createPeople, type EditorialLineIds, postInStatus, seedForPosts } from '../helpers/editorialLine'
import { graphqlClient } from '../helpers/graphql'
import { startPayload } from '../helpers/payload'

/**
 * What API consumers (anonymous callers, publishers) must never learn: posts that did not go
 * through review, revisions waiting for it, and the editorial team's own fields (review log,
 * warnings, checklist, timing override, author and so authors' e-mails).
 */
let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>
let graphql: ReturnType<typeof graphqlClient>

/** In no consumer's answer: secret titles and reasons, staff e-mails, review comments, warnings' rules. */
const SECRETS = [
  'SECRET',
  'editor@test.local',
  'approver@test.local',
  'Précisez le chiffre',
  'timingWindow',
  'formatOptimal',
  // The published post's results, which its publisher reports: the team's figures.
  '987654',
]
const PUBLIC_FIELDS = new Set([
  'id',
  'title',
  'body',
  'target',
  'phase',
  'message',
  'format',
  'channel',
  'publishAt',
  // The zone the admin shows publishAt in: the plan's, which the calendar feed names too.
  'publishAt_tz',
  'status',
  'publishedUrl',
  // The post's files (#27): the media collection's own read access decides what each caller gets.
  'media',
  'createdAt',
  'updatedAt',
  '_status',
])
const VISIBLE_TITLES = ['PUBLIC approved', 'PUBLIC published', 'PUBLIC revised']

/**
 * The strategy behind the visible posts' target, phase and message (marked STRATEGY below, plus the
 * seed's own brief and a key message still to define): in no anonymous answer.
 */
const STRATEGY = ['STRATEGY', 'Ne connaît pas QALIA', 'Programme de parrainage', 'Mardi/Jeudi 8h30']
/** All an anonymous reader gets of a post's target, phase and key message, at any depth. */
const POPULATED_KEYS = { target: ['id', 'name', 'slug'], phase: ['id', 'name'], message: ['id', 'text'] }

const posts = {} as Record<
  'draft' | 'inReview' | 'changesRequested' | 'approved' | 'published' | 'revised',
  Post
>
const secretIds = () => [posts.draft.id, posts.inReview.id, posts.changesRequested.id]
const visibleIds = () => [posts.approved.id, posts.published.id, posts.revised.id]

const CONSUMERS = ['anonymous', 'publisher'] as const
type Consumer = (typeof CONSUMERS)[number]
const credentials = (who: Consumer) => (who === 'publisher' ? { apiKey: people.publisher.apiKey } : {})
const get = (who: Consumer, path: string) => rest({ method: 'GET', path, ...credentials(who) })

const expectNoSecret = (body: unknown, what: string) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  for (const secret of SECRETS) expect(text, `${what} reveals “${secret}”`).not.toContain(secret)
}
const expectNoStrategy = (body: unknown, what: string) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  for (const marker of STRATEGY) expect(text, `${what} reveals “${marker}”`).not.toContain(marker)
}
const expectPublicFieldsOnly = (doc: Record<string, unknown>) =>
  expect(Object.keys(doc).filter((key) => !PUBLIC_FIELDS.has(key))).toEqual([])
const titles = (docs: { title: string }[]) => docs.map((doc) => doc.title).sort()

/** `{editor}` stands for the editor's id, known once the accounts exist. */
const withIds = (query: string) => query.replaceAll('{editor}', String(people.editor.user.id))

const move = (id: number, data: Partial<Post>, user: User) =>
  payload.update({ collection: 'posts', id, data, user, overrideAccess: false })

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  ids = await seedForPosts({ payload })
  // The strategy of the target, phase and message every post below is about.
  await payload.update({
    collection: 'targets',
    id: ids.targets.of,
    data: {
      context: 'STRATEGY context',
      tone: 'STRATEGY tone',
      gate: { prerequisite: 'STRATEGY prerequisite', prerequisiteMet: true },
      approach: { dos: [{ text: 'STRATEGY do' }], donts: [{ text: 'STRATEGY NE PAS vendre' }] },
    },
  })
  await payload.update({
    collection: 'phases',
    id: ids.phases['of.awareness'],
    data: { objective: 'STRATEGY objective' },
  })
  people = await createPeople({ payload, rest })
  graphql = graphqlClient(payload.config)
  const { editor, approver } = people
  const inStatus = (status: Post['status'], title: string, overrides: Partial<Post> = {}) =>
    postInStatus({
      payload,
      ids,
      status,
      author: editor.user,
      reviewer: approver.user,
      overrides: { title, ...overrides },
    })

  // A non-optimal format gives the draft a warning; the approver gives it a timing override.
  posts.draft = await inStatus('draft', 'SECRET draft', { format: 'interview' })
  await move(posts.draft.id, { timingOverride: { reason: 'SECRET draft override' } }, approver.user)
  posts.inReview = await inStatus('in_review', 'SECRET in review')
  posts.changesRequested = await inStatus('changes_requested', 'SECRET changes requested')

  // A visible post whose hidden fields hold secrets: a Monday 14:00 outside the window, let through.
  posts.approved = await inStatus('draft', 'PUBLIC approved', {
    format: 'interview',
    publishAt: paris('2027-01-04 14:00'),
  })
  await move(posts.approved.id, { timingOverride: { reason: 'SECRET approved override' } }, approver.user)
  await move(posts.approved.id, { status: 'in_review' }, editor.user)
  await move(posts.approved.id, { status: 'approved' }, approver.user)

  posts.published = await inStatus('published', 'PUBLIC published')
  const measured = await rest({
    method: 'PATCH',
    path: `/posts/${posts.published.id}`,
    body: { metrics: { impressions: 987654, reactions: 321, comments: 12, shares: 5, clicks: 77 } },
    apiKey: people.publisher.apiKey,
  })
  expect(measured.status).toBe(200)
  posts.revised = await inStatus('approved', 'PUBLIC revised')
  const revision = await rest({
    method: 'PATCH',
    path: `/posts/${posts.revised.id}`,
    body: { title: 'SECRET revision' },
    token: editor.token,
  })
  expect(revision.status).toBe(200)

  // What the admin does while an editor has the draft open.
  await payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'posts', value: posts.draft.id },
      user: { relationTo: 'users', value: editor.user.id },
    },
  })
})
afterAll(async () => stop?.())

describe('the data set (as the admin, so that the checks below are not vacuous)', () => {
  it('holds the secret posts, the revision and the hidden fields the consumers must not see', async () => {
    const admin = { token: people.admin.token }
    const list = await rest({ method: 'GET', path: '/posts?limit=0&depth=2&draft=true', ...admin })
    expect(titles(list.body.docs)).toEqual(
      [
        'PUBLIC approved',
        'PUBLIC published',
        'SECRET changes requested',
        'SECRET draft',
        'SECRET in review',
        'SECRET revision',
      ].sort(),
    )
    for (const secret of SECRETS) expect(JSON.stringify(list.body)).toContain(secret)

    const approved = (await rest({ method: 'GET', path: `/posts/${posts.approved.id}?depth=1`, ...admin }))
      .body
    expect(approved.timingOverride.reason).toBe('SECRET approved override')
    expect(approved.author.email).toBe('editor@test.local')
    expect(approved.warnings.map((warning: { rule: string }) => warning.rule).sort()).toEqual([
      'formatOptimal',
      'timingWindow',
    ])
    expect(approved.reviewLog).toHaveLength(2)
    expect(
      Object.keys(approved)
        .filter((key) => !PUBLIC_FIELDS.has(key))
        .sort(),
    ).toEqual([
      'author',
      'checklist',
      'copyOverride',
      'metrics',
      'reviewLog',
      'reviewer',
      'timingOverride',
      'warnings',
    ])

    const hidden = await rest({
      method: 'GET',
      path: `/posts?where[timingOverride.reason][exists]=true&sort=-author`,
      ...admin,
    })
    expect(hidden.status).toBe(200)
    expect(titles(hidden.body.docs)).toEqual(['PUBLIC approved', 'SECRET draft'])
    expect((await rest({ method: 'GET', path: '/posts/count?draft=true', ...admin })).body.totalDocs).toBe(6)
    const versions = await rest({ method: 'GET', path: '/posts/versions?limit=0', ...admin })
    expect(versions.status).toBe(200)
    expect(JSON.stringify(versions.body)).toContain('SECRET revision')
    const graph = await graphql({
      token: people.admin.token,
      query: `{ Post(id: ${posts.approved.id}) { author { email } timingOverride { reason } } }`,
    })
    expect(graph.body.data.Post).toEqual({
      author: { email: 'editor@test.local' },
      timingOverride: { reason: 'SECRET approved override' },
    })
  })

  it('holds the strategy behind the visible posts, which the team and publishers read in full', async () => {
    for (const auth of [{ token: people.admin.token }, { apiKey: people.publisher.apiKey }]) {
      const post = await rest({ method: 'GET', path: `/posts/${posts.approved.id}?depth=2`, ...auth })
      for (const marker of STRATEGY.filter((text) => text !== 'Programme de parrainage')) {
        expect(JSON.stringify(post.body)).toContain(marker)
      }
      expect(post.body.target.approach.donts).toEqual([
        expect.objectContaining({ text: 'STRATEGY NE PAS vendre' }),
      ])
      const messages = await rest({ method: 'GET', path: '/messages?limit=0', ...auth })
      expect(JSON.stringify(messages.body)).toContain('Programme de parrainage')
    }
  })
})

/** Filters on what consumers may not read, or aimed at secret posts: refused (400) or answering nothing. */
// prettier-ignore
const HIDDEN_WHERE: [query: string, answer: 400 | 'nothing'][] = [
  ['where[status][equals]=draft', 'nothing'],
  ['where[status][in]=draft,in_review,changes_requested', 'nothing'],
  ['where[_status][equals]=draft', 'nothing'],
  ['where[title][like]=SECRET', 'nothing'],
  ['where[title][like]=SECRET&draft=true', 'nothing'],
  ['where[status][equals]=draft&draft=true', 'nothing'],
  ['where[reviewLog.by][exists]=true', 400],
  ['where[reviewLog.comment][like]=Précisez', 400],
  ['where[author][equals]={editor}', 400],
  ['where[author.email][like]=editor', 400],
  ['where[warnings.rule][exists]=true', 400],
  ['where[timingOverride.reason][exists]=true', 400],
  ['where[checklist.complete][equals]=false', 400],
  ['where[metrics.impressions][greater_than]=0', 400],
  ['where[metrics.measuredAt][exists]=true', 400],
  ['where[or][0][status][equals]=draft&where[or][1][_status][equals]=draft', 'nothing'],
  ['where[or][0][status][equals]=approved&where[or][1][reviewLog.by][exists]=true', 400],
  ['where[or][0][_status][equals]=draft&where[or][1][author][equals]={editor}', 400],
  ['where[and][0][status][equals]=approved&where[and][1][timingOverride.reason][like]=SECRET', 400],
  ['where[and][0][title][exists]=true&where[and][1][or][0][warnings.rule][exists]=true', 400],
]
const HIDDEN_SORT = [
  'reviewLog.at',
  '-author',
  'timingOverride.reason',
  'warnings.rule',
  'checklist.complete',
  'title,-author',
  '-metrics.impressions',
]

describe.each(CONSUMERS)('as %s, posts over REST', (who) => {
  it('lists and counts approved and published posts only, as approved, with public fields only', async () => {
    for (const query of ['limit=0&depth=2', 'limit=0&depth=2&draft=true', 'limit=0&depth=0&trash=true']) {
      const { status, body } = await get(who, `/posts?${query}`)
      expect(status).toBe(200)
      expect(titles(body.docs)).toEqual(VISIBLE_TITLES)
      for (const doc of body.docs) expectPublicFieldsOnly(doc)
      expectNoSecret(body, `GET /posts?${query}`)
    }
    for (const query of ['', '?draft=true']) {
      const { body } = await get(who, `/posts/count${query}`)
      expect(body).toEqual({ totalDocs: 3 })
    }
  })

  it('answers 404 for a secret post by id, and the approved version of a revised one', async () => {
    for (const id of secretIds()) {
      for (const query of ['', '?draft=true', '?depth=2']) {
        const { status, body } = await get(who, `/posts/${id}${query}`)
        expect(status, `GET /posts/${id}${query}`).toBe(404)
        expectNoSecret(body, `GET /posts/${id}${query}`)
      }
    }
    for (const id of visibleIds()) {
      for (const query of ['?depth=2', '?depth=2&draft=true']) {
        const { status, body } = await get(who, `/posts/${id}${query}`)
        expect(status).toBe(200)
        expectPublicFieldsOnly(body)
        expectNoSecret(body, `GET /posts/${id}${query}`)
      }
    }
    const revised = await get(who, `/posts/${posts.revised.id}?draft=true`)
    expect(revised.body).toMatchObject({ title: 'PUBLIC revised', status: 'approved' })
  })

  it('gives nothing of the hidden fields to `select`', async () => {
    const { status, body } = await get(
      who,
      '/posts?limit=0&select[reviewLog]=true&select[author]=true&select[timingOverride]=true&select[warnings]=true&select[metrics]=true',
    )
    expect(status).toBe(200)
    expectNoSecret(body, 'select')
    for (const doc of body.docs) {
      expect(doc.reviewLog ?? []).toEqual([])
      expect(doc.warnings ?? []).toEqual([])
      expect(doc.author).toBeUndefined()
      expect(doc.timingOverride?.reason ?? null).toBeNull()
      expect(doc.metrics).toBeUndefined()
    }
  })

  it.each(HIDDEN_WHERE)('?%s → %s, on the list and the count', async (query, answer) => {
    for (const path of [`/posts?limit=0&${withIds(query)}`, `/posts/count?${withIds(query)}`]) {
      const { status, body } = await get(who, path)
      expectNoSecret(body, path)
      if (answer === 400) {
        expect(status, path).toBe(400)
      } else {
        expect(status, path).toBe(200)
        expect(body.totalDocs, path).toBe(0)
      }
    }
  })

  it.each(HIDDEN_SORT)('?sort=%s → 400', async (sort) => {
    const { status, body } = await get(who, `/posts?sort=${sort}`)
    expect(status).toBe(400)
    expectNoSecret(body, `sort=${sort}`)
  })

  it('refuses the versions', async () => {
    const { docs } = await payload.findVersions({ collection: 'posts', limit: 0 })
    const revision = docs.find((version) => version.version.title === 'SECRET revision')!
    for (const path of [
      '/posts/versions',
      '/posts/versions?limit=0&depth=2',
      `/posts/versions/${revision.id}`,
    ]) {
      const { status, body } = await get(who, path)
      expect([401, 403], path).toContain(status)
      expectNoSecret(body, path)
    }
  })
})

describe.each(CONSUMERS)('as %s, around the posts', (who) => {
  it('finds no post and no other account in the editorial line, however deep (anonymous: 403)', async () => {
    for (const path of [
      '/targets?limit=0&depth=3',
      '/phases?limit=0&depth=3',
      '/messages?limit=0&depth=3',
      '/globals/editorial-plan?depth=3',
    ]) {
      const { status, body } = await get(who, path)
      expect(status, path).toBe(who === 'anonymous' ? 403 : 200)
      expectNoSecret(body, path)
      if (who === 'anonymous') expectNoStrategy(body, path)
    }
  })

  it('sees no account but its own', async () => {
    const list = await get(who, '/users?limit=0&depth=3')
    const editor = await get(who, `/users/${people.editor.user.id}`)
    const count = await get(who, '/users/count')
    if (who === 'anonymous') {
      expect([list.status, editor.status, count.status]).toEqual([403, 403, 403])
    } else {
      expect(list.body.docs.map((user: User) => user.email)).toEqual(['publisher@test.local'])
      expect(editor.status).toBe(404)
      expect(count.body.totalDocs).toBe(1)
    }
    for (const { body } of [list, editor, count, await get(who, '/users/me')]) expectNoSecret(body, 'users')
  })

  it('does not learn which secret posts are being edited, nor by whom', async () => {
    const rest = await get(who, '/payload-locked-documents?limit=0&depth=3')
    const graph = await graphql({
      query: `{ PayloadLockedDocuments(limit: 0) { docs {
        document { relationTo value { ... on Post { id title } } }
        user { relationTo value { ... on User { id email } } } } } }`,
      ...credentials(who),
    })
    const lockedIds = [
      ...(rest.body.docs ?? []).map((lock: { document?: { value: number } }) => lock.document?.value),
      ...(graph.body.data?.PayloadLockedDocuments?.docs ?? []).map(
        (lock: { document?: { value?: { id: number } } }) => lock.document?.value?.id,
      ),
    ]
    expect(
      lockedIds.filter((id) => secretIds().includes(id)),
      'ids of secret posts under edit',
    ).toEqual([])
    if (rest.status !== 200) expect([401, 403]).toContain(rest.status)
    expectNoSecret(rest.body, 'payload-locked-documents')
    expectNoSecret(graph.body, 'PayloadLockedDocuments')
  })

  it('gets no monthly mix (its counts include posts in review)', async () => {
    const { status, body } = await get(who, '/posts/mix?month=2027-01')
    expect(status).toBe(who === 'anonymous' ? 401 : 403)
    expect(body.totals).toBeUndefined()
    const staff = await rest({ method: 'GET', path: '/posts/mix?month=2027-01', token: people.editor.token })
    expect(staff.body.totals.pipeline).toBe(1)
  })

  it('finds only the visible posts, as approved, in the calendar feed', async () => {
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request('http://localhost/api/posts/calendar.ics?from=2020-01-01', {
        headers: who === 'publisher' ? { authorization: `users API-Key ${people.publisher.apiKey}` } : {},
      }),
      // The first Payload of a test file takes the default key (see startPayload).
      payloadInstanceCacheKey: 'default',
    })
    const feed = await response.text()
    expect(response.status).toBe(200)
    for (const title of VISIBLE_TITLES) expect(feed).toContain(title)
    // It still names what each post is about.
    expect(feed).toContain('Formateurs OF (Organismes de Formation)')
    expectNoSecret(feed, 'calendar.ics')
    expectNoStrategy(feed, 'calendar.ics')
  })
})

const ALL_POST_FIELDS = `id title status _status reviewLog { from to by { email } at comment } author { email }
  warnings { rule path message } checklist { target phase message format timing complete }
  timingOverride { reason by { email } at } metrics { impressions reactions clicks measuredAt }`

/** GraphQL filters on hidden fields: an error naming the path, and no posts. */
// prettier-ignore
const GRAPHQL_HIDDEN_WHERE: [where: string, answer: 'error' | 'nothing'][] = [
  ['{ status: { equals: draft } }', 'nothing'],
  ['{ _status: { equals: draft } }', 'nothing'],
  ['{ title: { like: "SECRET" } }', 'nothing'],
  ['{ reviewLog__by: { exists: true } }', 'error'],
  ['{ author: { equals: {editor} } }', 'error'],
  ['{ warnings__rule: { exists: true } }', 'error'],
  ['{ timingOverride__reason: { exists: true } }', 'error'],
  ['{ checklist__complete: { equals: false } }', 'error'],
  ['{ metrics__impressions: { greater_than: 0 } }', 'error'],
  ['{ OR: [{ status: { equals: approved } }, { author: { equals: {editor} } }] }', 'error'],
  ['{ AND: [{ status: { equals: approved } }, { timingOverride__reason: { like: "SECRET" } }] }', 'error'],
]

describe.each(CONSUMERS)('as %s, posts over GraphQL', (who) => {
  const query = (text: string) => graphql({ query: withIds(text), ...credentials(who) })

  it('lists the visible posts as approved, with nothing in their hidden fields', async () => {
    for (const args of ['(limit: 0)', '(limit: 0, draft: true)']) {
      const { body } = await query(`{ Posts${args} { docs { ${ALL_POST_FIELDS} } } }`)
      expectNoSecret(body, `Posts${args}`)
      const docs = body.data.Posts.docs as Record<string, any>[]
      expect(titles(docs as { title: string }[])).toEqual(VISIBLE_TITLES)
      for (const doc of docs) {
        expect(doc.author).toBeNull()
        expect(doc.reviewLog ?? []).toEqual([])
        expect(doc.warnings ?? []).toEqual([])
        expect(Object.values(doc.checklist ?? {}).filter((value) => value !== null)).toEqual([])
        expect(Object.values(doc.timingOverride ?? {}).filter((value) => value !== null)).toEqual([])
        expect(Object.values(doc.metrics ?? {}).filter((value) => value !== null)).toEqual([])
      }
    }
    const count = await query(
      '{ countPosts { totalDocs } draft: countPosts(where: { status: { equals: draft } }) { totalDocs } }',
    )
    expect(count.body.data).toEqual({ countPosts: { totalDocs: 3 }, draft: { totalDocs: 0 } })
  })

  it('finds no secret post by id, and the approved version of a revised one', async () => {
    for (const id of secretIds()) {
      for (const args of [`id: ${id}`, `id: ${id}, draft: true`]) {
        const { body } = await query(`{ Post(${args}) { ${ALL_POST_FIELDS} } }`)
        expect(body.data?.Post ?? null).toBeNull()
        expect(body.errors?.[0]?.extensions?.statusCode).toBe(404)
        expectNoSecret(body, `Post(${args})`)
      }
    }
    const revised = await query(`{ Post(id: ${posts.revised.id}, draft: true) { ${ALL_POST_FIELDS} } }`)
    expect(revised.body.data.Post).toMatchObject({
      title: 'PUBLIC revised',
      status: 'approved',
      author: null,
    })
    expectNoSecret(revised.body, 'Post(draft: true)')
  })

  it.each(GRAPHQL_HIDDEN_WHERE)('Posts(where: %s) → %s', async (where, answer) => {
    const { body } = await query(`{ Posts(where: ${where}, limit: 0) { docs { id title } } }`)
    expectNoSecret(body, `Posts(where: ${where})`)
    if (answer === 'error') {
      expect(body.data?.Posts ?? null).toBeNull()
      expect(body.errors[0].extensions.statusCode).toBe(400)
    } else {
      expect(body.errors).toBeUndefined()
      expect(body.data.Posts.docs).toEqual([])
    }
  })

  it('refuses sorting on hidden fields and the versions', async () => {
    const sorted = await query('{ Posts(sort: "-author") { docs { id } } }')
    expect(sorted.body.errors[0].extensions.statusCode).toBe(400)
    const { docs } = await payload.findVersions({ collection: 'posts', limit: 1 })
    const versions = await query(
      `{ versionsPosts(limit: 0) { docs { version { title } } } versionPost(id: ${docs[0].id}) { version { title } } }`,
    )
    expect(versions.body.data).toEqual({ versionsPosts: null, versionPost: null })
    expect(versions.body.errors.map((error: any) => error.extensions.statusCode)).toEqual([403, 403])
    expectNoSecret(versions.body, 'versionsPosts')
  })

  it('sees no account but its own', async () => {
    const { body } = await query('{ Users(limit: 0) { docs { email } } }')
    expectNoSecret(body, 'Users')
    if (who === 'anonymous') expect(body.data.Users).toBeNull()
    else expect(body.data.Users.docs).toEqual([{ email: 'publisher@test.local' }])
  })
})

/**
 * What an anonymous reader learns of the editorial line: of an approved post's target its name and
 * slug, of its phase its name (phases have no slug), of its key message its text, each with its id
 * (which depth 0 gives anyway), whatever the depth and the channel; nothing of the strategy, and no
 * relationship of theirs.
 */
describe('as anonymous, the editorial line behind approved posts', () => {
  const anonymous = (path: string) => rest({ method: 'GET', path })
  type Populated = Record<'target' | 'phase' | 'message', unknown>

  /** Each populated relationship holds exactly its allowed keys; at depth 0, the ids. */
  const expectTrimmed = (post: Populated, depth: number, what: string) => {
    for (const field of ['target', 'phase', 'message'] as const) {
      if (depth === 0) {
        expect(typeof post[field], `${what}: ${field}`).toBe('number')
        continue
      }
      const value = post[field] as Record<string, unknown>
      expect(Object.keys(value).sort(), `${what}: ${field}`).toEqual([...POPULATED_KEYS[field]].sort())
      for (const key of POPULATED_KEYS[field]) expect(value[key], `${what}: ${field}.${key}`).toBeTruthy()
    }
  }

  it.each([0, 1, 2, 10])('over REST at depth %i: by id and in the list', async (depth) => {
    const one = await anonymous(`/posts/${posts.approved.id}?depth=${depth}`)
    expect(one.status).toBe(200)
    expectTrimmed(one.body, depth, `GET /posts/:id?depth=${depth}`)
    const list = await anonymous(`/posts?limit=0&depth=${depth}&draft=true`)
    expect(list.status).toBe(200)
    expect(titles(list.body.docs)).toEqual(VISIBLE_TITLES)
    for (const post of list.body.docs) expectTrimmed(post, depth, `GET /posts?depth=${depth}`)
    if (depth > 0) {
      expect(one.body.target).toEqual({
        id: ids.targets.of,
        name: 'Formateurs OF (Organismes de Formation)',
        slug: 'of',
      })
    }
    expectNoStrategy([one.body, list.body], `posts at depth ${depth}`)
  })

  it('over REST, asking to populate the hidden fields changes nothing', async () => {
    const { status, body } = await anonymous(
      `/posts/${posts.approved.id}?depth=2&populate[targets][context]=true&populate[targets][approach]=true&populate[phases][objective]=true&populate[messages][status]=true`,
    )
    expect(status).toBe(200)
    expect(body.target).toEqual({ id: ids.targets.of })
    expect(body.phase).toEqual({ id: ids.phases['of.awareness'] })
    expect(body.message).toEqual({ id: ids.messages['of.awareness.1'] })
    expectNoStrategy(body, 'populate')
  })

  it('through the Local API with overrideAccess: false, at depth 10', async () => {
    const { docs } = await payload.find({ collection: 'posts', depth: 10, limit: 0, overrideAccess: false })
    expect(titles(docs)).toEqual(VISIBLE_TITLES)
    for (const post of docs) expectTrimmed(post as unknown as Populated, 10, 'Local API')
    expectNoStrategy(docs, 'Local API')
  })

  /** Every field of the line's collections, their relationships one level down. */
  const TARGET_FIELDS = `id name slug mixGroup context tone createdAt updatedAt timing { days start end }
    gate { fromMonth prerequisite prerequisiteMet activeClientsAbove } approach { dos { text } donts { text } }`
  const PHASE_FIELDS = `id name key order clientState emotion questions { question } priorityContent formats
    objective tone months { from to } timing { days start end maxPostsPerMonth note } createdAt updatedAt`
  const MESSAGE_FIELDS = 'id text status seedKey createdAt updatedAt'
  const POST_LINE = `target { ${TARGET_FIELDS} }
    phase { ${PHASE_FIELDS} target { ${TARGET_FIELDS} } }
    message { ${MESSAGE_FIELDS} phase { ${PHASE_FIELDS} } target { ${TARGET_FIELDS} } }`

  /** The paths of a GraphQL answer that hold a value (not null, not an empty list). */
  const filledPaths = (value: unknown, prefix = ''): string[] => {
    if (value === null || value === undefined) return []
    if (Array.isArray(value)) return value.flatMap((item, index) => filledPaths(item, `${prefix}${index}.`))
    if (typeof value === 'object') {
      return Object.entries(value).flatMap(([key, item]) => filledPaths(item, `${prefix}${key}.`))
    }
    return [prefix.slice(0, -1)]
  }

  it('over GraphQL, every field asked for: only name, slug and text (and ids) come back', async () => {
    const { body } = await graphql({
      query: `{ Posts(limit: 0) { docs { title ${POST_LINE} } }
        Post(id: ${posts.approved.id}) { title ${POST_LINE} } }`,
    })
    expect(body.errors).toBeUndefined()
    const docs = [...body.data.Posts.docs, body.data.Post] as (Populated & { title: string })[]
    expect(docs.map((post) => post.title).sort()).toEqual([...VISIBLE_TITLES, 'PUBLIC approved'].sort())
    for (const post of docs) {
      for (const field of ['target', 'phase', 'message'] as const) {
        expect(filledPaths(post[field]).sort(), `${post.title}: ${field}`).toEqual(
          [...POPULATED_KEYS[field]].sort(),
        )
      }
    }
    expect(body.data.Post.target).toMatchObject({
      name: 'Formateurs OF (Organismes de Formation)',
      slug: 'of',
    })
    expectNoStrategy(body, 'GraphQL')
  })

  it('over GraphQL, the line itself is refused', async () => {
    const { body } = await graphql({
      query: `{ Targets { docs { name } } Phase(id: ${ids.phases['of.awareness']}) { name }
        countMessages { totalDocs } EditorialPlan { activeClients } }`,
    })
    expect(body.data).toEqual({ Targets: null, Phase: null, countMessages: null, EditorialPlan: null })
    expect(body.errors.map((error: any) => error.extensions.statusCode)).toEqual([403, 403, 403, 403])
    expectNoStrategy(body, 'GraphQL line')
  })

  // Filters and sorts on what they may not read would tell it, a post at a time. (GraphQL's where
  // types have no paths into a relationship's collection.)
  it.each([
    'where[target.context][like]=STRATEGY',
    'where[target.tone][exists]=true',
    'where[target.approach.donts.text][like]=vendre',
    'where[target.gate.prerequisite][exists]=true',
    'where[target.mixGroup][equals]=of',
    'where[phase.objective][like]=STRATEGY',
    'where[phase.key][equals]=awareness',
    'where[message.status][equals]=active',
    'where[message.phase][exists]=true',
    // Through two relationships: Payload alone also leaves a rejected promise unhandled on these.
    'where[phase.target.slug][equals]=of',
    'where[message.phase.name][exists]=true',
    'where[or][0][message.target.slug][equals]=of',
    'sort=target.tone',
    'sort=-phase.order',
    'sort=message.status',
    'sort=phase.target.slug',
  ])('?%s on posts → 400', async (query) => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      const { status, body } = await anonymous(`/posts?limit=0&${query}`)
      expect(status).toBe(400)
      expectNoStrategy(body, query)
      // A rejection nobody handles may bring a Node server down.
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })

  it('still filters posts by what it may read of the line', async () => {
    for (const query of [
      'where[target.slug][equals]=of',
      'where[target.name][like]=Formateurs',
      'where[phase.name][equals]=OF — Awareness',
      'where[message.text][like]=Qualiopi',
    ]) {
      const { status, body } = await anonymous(`/posts?limit=0&${query}`)
      expect(status, query).toBe(200)
      expect(titles(body.docs), query).toEqual(VISIBLE_TITLES)
    }
    const none = await anonymous('/posts?limit=0&where[target.slug][equals]=coachs')
    expect(none.body.docs).toEqual([])
  })
})
