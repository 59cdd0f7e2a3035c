import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { compliantPost, createPeople, type EditorialLineIds, seedForPosts } from '../helpers/editorialLine'
import { startPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

/**
 * `publishAt_tz` is the zone the admin enters and shows `publishAt` in (Payload's date-field
 * timezone support). The server keeps it equal to the plan's timezone; the instant never moves.
 */
let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

const AT = paris('2027-01-05 09:00')

const stored = async (id: number) => {
  const latest = (
    await rest({ method: 'GET', path: `/posts/${id}?depth=0&draft=true`, token: people.editor.token })
  ).body
  return { publishAt: latest.publishAt as string, publishAt_tz: latest.publishAt_tz as string }
}
const setPlanTimezone = (timezone: string) =>
  payload.updateGlobal({ slug: 'editorial-plan', data: { timezone } })

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
})
afterAll(async () => stop?.())

describe("publishAt's timezone", () => {
  it("is the plan's on a new post, through the Local API and REST", async () => {
    const local = await payload.create({
      collection: 'posts',
      data: { ...compliantPost({ ids }), status: 'draft' },
      user: people.editor.user,
      overrideAccess: false,
    })
    expect(local.publishAt_tz).toBe('Europe/Paris')
    expect(await stored(local.id)).toEqual({ publishAt: AT, publishAt_tz: 'Europe/Paris' })

    const created = await rest({
      method: 'POST',
      path: '/posts',
      body: compliantPost({ ids }),
      token: people.editor.token,
    })
    expect(created.status, created.text).toBe(201)
    expect(await stored(created.body.doc.id)).toEqual({ publishAt: AT, publishAt_tz: 'Europe/Paris' })
  })

  it("is the plan's whatever zone a caller sends, and the instant stays the one sent", async () => {
    const created = await rest({
      method: 'POST',
      path: '/posts',
      body: { ...compliantPost({ ids }), publishAt_tz: 'America/New_York' },
      token: people.editor.token,
    })
    expect(created.status, created.text).toBe(201)
    const id = created.body.doc.id as number
    expect(await stored(id)).toEqual({ publishAt: AT, publishAt_tz: 'Europe/Paris' })

    const later = paris('2027-01-07 08:30')
    for (const publishAt_tz of ['Asia/Tokyo', 'Not/AZone', '', null]) {
      const changed = await rest({
        method: 'PATCH',
        path: `/posts/${id}`,
        body: { publishAt: later, publishAt_tz },
        token: people.editor.token,
      })
      expect(changed.status, `${publishAt_tz}: ${changed.text}`).toBe(200)
      expect(await stored(id)).toEqual({ publishAt: later, publishAt_tz: 'Europe/Paris' })
    }
  })

  it('answers a malformed zone with a 400 and a message, never a server error', async () => {
    const created = await rest({
      method: 'POST',
      path: '/posts',
      body: { ...compliantPost({ ids }), publishAt_tz: { $ne: 'Europe/Paris' } },
      token: people.editor.token,
    })
    expect(created.status, created.text).toBe(400)
    expect(created.text).toContain('publishAt_tz')
  })

  it('follows the plan when an admin moves it to another zone: the next save pins the new one, the instant unchanged', async () => {
    const draft = await payload.create({
      collection: 'posts',
      data: { ...compliantPost({ ids }), status: 'draft' },
      user: people.editor.user,
      overrideAccess: false,
    })
    const approved = await payload.create({
      collection: 'posts',
      data: {
        ...compliantPost({ ids, overrides: { publishAt: paris('2027-01-12 09:00') } }),
        status: 'draft',
      },
      user: people.editor.user,
      overrideAccess: false,
    })
    for (const [status, user] of [
      ['in_review', people.editor.user],
      ['approved', people.approver.user],
    ] as const) {
      await payload.update({
        collection: 'posts',
        id: approved.id,
        data: { status },
        user,
        overrideAccess: false,
      })
    }

    await setPlanTimezone('Asia/Tokyo')
    try {
      // Nothing moves until a post is saved.
      expect((await stored(draft.id)).publishAt_tz).toBe('Europe/Paris')

      const saved = await rest({
        method: 'PATCH',
        path: `/posts/${draft.id}`,
        body: { title: 'Qualiopi : 40 heures par mois, vraiment' },
        token: people.editor.token,
      })
      expect(saved.status, saved.text).toBe(200)
      expect(await stored(draft.id)).toEqual({ publishAt: AT, publishAt_tz: 'Asia/Tokyo' })

      // An approved post's edit is a new draft version: it takes the new zone, the live version its own.
      const revised = await rest({
        method: 'PATCH',
        path: `/posts/${approved.id}?draft=true`,
        body: { title: 'Révision' },
        token: people.editor.token,
      })
      expect(revised.status, revised.text).toBe(200)
      expect(await stored(approved.id)).toEqual({
        publishAt: paris('2027-01-12 09:00'),
        publishAt_tz: 'Asia/Tokyo',
      })
      const live = (await rest({ method: 'GET', path: `/posts/${approved.id}?depth=0` })).body
      expect([live.publishAt, live.publishAt_tz]).toEqual([paris('2027-01-12 09:00'), 'Europe/Paris'])
    } finally {
      await setPlanTimezone('Europe/Paris')
    }
  })
})
