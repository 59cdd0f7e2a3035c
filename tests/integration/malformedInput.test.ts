import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'

import { seedEditorialLine } from 'payload-plugin-editorial-line'
import { qaliaEditorialLine } from 'payload-plugin-editorial-line/qalia'
import { createUserAndLogin } from '../helpers/users'
import { startPayload } from '../helpers/payload'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let token: string

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  await seedEditorialLine({ payload, line: qaliaEditorialLine })
  ;({ token } = await createUserAndLogin({ payload, rest, email: 'admin@example.com', roles: ['admin'] }))
})
afterAll(async () => stop?.())

describe('malformed input is refused with a 400 naming the field, never a 500', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a relationship id 0', { target: 0 }, 'target'],
    ['a negative relationship id', { target: -1 }, 'target'],
    ['a relationship given an array', { phase: [] }, 'phase'],
    ['a relationship given an object without id', { message: { name: 'x' } }, 'message'],
    ['a relationship to a missing document', { target: 99999 }, 'target'],
    ['an unreadable date', { publishAt: 'not a date' }, 'publishAt'],
    ['a date given a number', { publishAt: 12 }, 'publishAt'],
    ['a select given an object', { format: { a: 1 } }, 'format'],
    ['a select given an unknown value', { status: 'archived' }, 'status'],
    ['a status given an object', { status: { a: 1 } }, 'status'],
    ['an array given a string', { warnings: 'z' }, 'warnings'],
    ['a text given an object', { title: { a: 1 } }, 'title'],
    // PostgreSQL cannot store a NUL character: it answered 500 (found by the hostile-input suite).
    ['a text holding a NUL character', { title: 'a\u0000b' }, 'title'],
    [
      'rich text holding a NUL character',
      {
        body: {
          root: {
            type: 'root',
            version: 1,
            children: [
              { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: '\u0000' }] },
            ],
          },
        },
      },
      'body',
    ],
    ['a review comment holding a NUL character', { reviewComment: '\u0000' }, 'reviewComment'],
  ])('%s', async (_, body, path) => {
    const before = (await payload.count({ collection: 'posts' })).totalDocs
    const response = await rest({
      method: 'POST',
      path: '/posts',
      token,
      body: { title: 'Entrée malformée', ...body },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toContain(path)
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(before)
  })

  it('reads an empty date as no date', async () => {
    const response = await rest({
      method: 'POST',
      path: '/posts',
      token,
      body: { title: 'Sans date', publishAt: '' },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.publishAt).toBeNull()
  })

  it('checks nested fields too: a target’s timing days and a plan’s mix rows', async () => {
    const target = await rest({
      method: 'POST',
      path: '/targets',
      token,
      body: { name: 'X', slug: 'x', mixGroup: 'of', timing: { days: ['mon', { a: 1 }] } },
    })
    expect(target.status).toBe(400)
    expect(target.body.errors[0].data.errors[0].path).toBe('timing.days')
    const plan = await rest({
      method: 'POST',
      path: '/globals/editorial-plan',
      token,
      body: { mix: [{ month: '2027-01', of: 'beaucoup' }] },
    })
    expect(plan.status).toBe(400)
    expect(plan.body.errors[0].data.errors[0].path).toBe('mix.0.of')
  })

  it('says it in French by default', async () => {
    const response = await rest({
      method: 'POST',
      path: '/posts',
      token,
      body: { title: 'x', target: 99999 },
    })
    expect(response.body.errors[0].data.errors[0].message).toBe(
      'Cette valeur désigne un document qui n’existe pas.',
    )
  })
})

describe('malformed queries are refused with a 400, never a 500', () => {
  it.each([
    ['where[target][in]=abc', 'target.in'],
    ['where[target][equals]=0', 'target.equals'],
    ['where[id][not_in]=1,x', 'id.not_in'],
    ['where[or][0][phase][equals]=-1', 'phase.equals'],
    ['where[publishAt][greater_than]=zzz', 'publishAt.greater_than'],
  ])('%s', async (query, condition) => {
    const response = await rest({ method: 'GET', path: `/posts?${query}`, token })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain(`where[${condition}]`)
  })

  // The guards are applied once, by the plugin, to every collection it adds or touches: the host's users too.
  it.each(['users', 'targets', 'phases', 'messages', 'posts'])('on %s', async (collection) => {
    const response = await rest({ method: 'GET', path: `/${collection}?where[id][in]=1,abc`, token })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('where[id.in]')
  })

  it('still answers well-formed queries', async () => {
    const phases = await rest({
      method: 'GET',
      path: '/phases?where[target][in]=1,2&where[key][equals]=awareness',
      token,
    })
    expect(phases.status).toBe(200)
    expect(phases.body.totalDocs).toBe(2)
    const posts = await rest({
      method: 'GET',
      path: '/posts?where[publishAt][greater_than]=2026-01-01&where[target][exists]=true',
      token,
    })
    expect(posts.status).toBe(200)
  })
})
