import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { compliantPost, createPeople, type EditorialLineIds, seedForPosts } from '../helpers/editorialLine'
import { startPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

const check = (body: object, auth: { token?: string; apiKey?: string } = { token: people.editor.token }) =>
  rest({ method: 'POST', path: '/posts/check', body, ...auth })

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
})
afterAll(async () => stop?.())

describe('POST /api/posts/check (the live checklist)', () => {
  it('says none of the five control points holds for an empty form', async () => {
    const { status, body } = await check({ title: 'Idée' })
    expect(status).toBe(200)
    // A post with no channel yet gets its phase's first from the server: nothing refuses it here.
    expect(body.checklist).toEqual({
      target: false,
      phase: false,
      message: false,
      format: false,
      timing: false,
      channel: true,
      complete: false,
    })
    expect(body.findings.map((finding: { path: string }) => finding.path)).toEqual(
      expect.arrayContaining(['target', 'phase', 'message', 'format', 'publishAt']),
    )
  })

  it('ticks all five for a compliant post, exactly as a submission would accept it', async () => {
    const post = compliantPost({ ids })
    const { body } = await check(post)
    expect(body.checklist.complete).toBe(true)
    const submitted = await rest({
      method: 'POST',
      path: '/posts',
      body: { ...post, status: 'in_review' },
      token: people.editor.token,
    })
    expect(submitted.status).toBe(201)
  })

  it('explains a slot outside the window, in the user’s language, and reads half-typed values as missing', async () => {
    const { body } = await check(compliantPost({ ids, overrides: { publishAt: paris('2027-01-06 09:00') } }))
    expect(body.checklist).toMatchObject({ timing: false, complete: false, target: true })
    const timing = body.findings.find((finding: { rule: string }) => finding.rule === 'timingWindow')
    expect(timing).toMatchObject({ level: 'block', path: 'publishAt' })
    expect(timing.message).toContain('le mardi ou le jeudi')

    const english = await rest({
      method: 'POST',
      path: '/posts/check',
      body: { target: 'abc', phase: -1, publishAt: 'tomorrow' },
      token: people.editor.token,
      language: 'en',
    })
    expect(english.status).toBe(200)
    expect(english.body.checklist).toMatchObject({ target: false, phase: false, timing: false })
  })

  it('is for the editorial team only', async () => {
    expect((await check({}, {})).status).toBe(401)
    expect((await check({}, { apiKey: people.publisher.apiKey })).status).toBe(403)
  })
})
