import type { CollectionConfig, Config, Field, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { editorialLine } from 'payload-plugin-editorial-line'
import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { compliantPost, createPeople, type EditorialLineIds, seedForPosts } from '../helpers/editorialLine'
import { startPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

const users: CollectionConfig = { slug: 'users', auth: true, fields: [] }
/** A blog's own posts: what most hosts already have under the plugin's default slug. */
const blogPosts: CollectionConfig = {
  slug: 'posts',
  access: { read: () => true, create: () => true, update: () => true },
  fields: [{ name: 'title', type: 'text', required: true }],
}
const SLUGS = {
  targets: 'line-targets',
  phases: 'line-phases',
  messages: 'line-messages',
  channels: 'line-channels',
  posts: 'social-posts',
  media: 'line-media',
  editorialPlan: 'line-plan',
}

/** Every relationship field of a field list, by name, wherever it nests. */
const relations = (fields: Field[]): Record<string, unknown> =>
  Object.assign(
    {},
    ...fields.map((field) => {
      if ((field.type === 'relationship' || field.type === 'upload') && 'name' in field)
        return { [field.name]: field.relationTo }
      if ('fields' in field) return relations(field.fields as Field[])
      if (field.type === 'tabs') return relations(field.tabs.flatMap((tab) => tab.fields))
      return {}
    }),
  )

describe('the slugs option', () => {
  it('names the collections, the global and every relationship between them', () => {
    const config = editorialLine({ slugs: SLUGS })({ collections: [users] } as Config)
    const bySlug = Object.fromEntries(config.collections!.map((collection) => [collection.slug, collection]))
    // The notifications' own notices keep their slug (server-only, no relationship).
    expect(Object.keys(bySlug)).toEqual([
      'users',
      ...Object.values(SLUGS).slice(0, 6),
      'editorial-line-notices',
    ])
    expect(config.globals?.map((global) => global.slug)).toEqual(['line-plan'])
    expect(relations(bySlug['social-posts'].fields)).toMatchObject({
      target: 'line-targets',
      phase: 'line-phases',
      message: 'line-messages',
      channel: 'line-channels',
      media: 'line-media',
    })
    expect(relations(bySlug['line-phases'].fields)).toEqual({ target: 'line-targets', channels: 'line-channels' })
    expect(relations(bySlug['line-targets'].fields)).toEqual({ channels: 'line-channels' })
    expect(relations(bySlug['line-messages'].fields)).toEqual({
      phase: 'line-phases',
      target: 'line-targets',
    })
    expect(config.custom?.editorialLine.slugs).toEqual(SLUGS)
    expect(config.admin?.custom?.editorialLine.slugs).toEqual(SLUGS)
  })

  it('refuses a slug that a host collection or global already takes', () => {
    expect(() => editorialLine()({ collections: [users, blogPosts] } as Config)).toThrow(
      /slugs\.posts: the host already has "posts"/,
    )
    expect(() =>
      editorialLine({ slugs: { posts: 'social-posts' } })({
        collections: [users, blogPosts],
        globals: [{ slug: 'editorial-plan', fields: [] }],
      } as unknown as Config),
    ).toThrow(/slugs\.editorialPlan: the host already has "editorial-plan"/)
  })
})

describe('a host with posts of its own, the plugin’s posts as social-posts', () => {
  let payload: Payload
  let rest: RestClient
  let stop: () => Promise<void>
  let ids: EditorialLineIds
  let people: Awaited<ReturnType<typeof createPeople>>

  beforeAll(async () => {
    ;({ payload, rest, stop } = await startPayload({
      editorialLine: { slugs: { posts: 'social-posts' } },
      collections: [blogPosts],
    }))
    ids = await seedForPosts({ payload })
    people = await createPeople({ payload, rest })
  })
  afterAll(async () => stop?.())

  it('leaves the host’s posts alone: no workflow, no rules, no author', async () => {
    const created = await rest({ method: 'POST', path: '/posts', body: { title: 'Hello blog' } })
    expect(created.status).toBe(201)
    expect(created.body.doc).toEqual(expect.objectContaining({ title: 'Hello blog' }))
    expect(created.body.doc).not.toHaveProperty('status')
    expect(created.body.doc).not.toHaveProperty('author')
    const updated = await rest({
      method: 'PATCH',
      path: `/posts/${created.body.doc.id}`,
      body: { title: 'Hello again' },
    })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.title).toBe('Hello again')
  })

  it('runs the workflow and the rules on social-posts', async () => {
    const token = people.editor.token
    const draft = await rest({
      method: 'POST',
      path: '/social-posts',
      body: compliantPost({ ids }),
      token,
    })
    expect(draft.status).toBe(201)
    expect(draft.body.doc.status).toBe('draft')
    expect(draft.body.doc.author.id).toBe(people.editor.user.id)

    // A Wednesday is outside the OF window: the rules refuse to send it to review.
    const refused = await rest({
      method: 'PATCH',
      path: `/social-posts/${draft.body.doc.id}`,
      body: { status: 'in_review', publishAt: paris('2027-01-06 09:00') },
      token,
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual([
      'publishAt',
    ])

    const sent = await rest({
      method: 'PATCH',
      path: `/social-posts/${draft.body.doc.id}`,
      body: { status: 'in_review' },
      token,
    })
    expect(sent.status).toBe(200)
    expect(sent.body.doc.status).toBe('in_review')
    // The endpoints answer under the new slug, and the host's posts stay out of the counts.
    const check = await rest({
      method: 'POST',
      path: '/social-posts/check',
      body: compliantPost({ ids }),
      token,
    })
    expect(check.status).toBe(200)
    const blog = await payload.count({ collection: 'posts' as never })
    expect(blog.totalDocs).toBe(1)
  })
})
