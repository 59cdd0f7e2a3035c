import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import {
  compliantPost,
  createPeople,
  type EditorialLineIds,
  postInStatus,
  seedForPosts,
} from '../helpers/editorialLine'
import { startPayload } from '../helpers/payload'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  ids = await seedForPosts({ payload }) // plan from January 2027
  people = await createPeople({ payload, rest })
})
afterAll(async () => stop?.())

type Slot = { at: string; local: string; weekday: string }

const nextSlots = async (
  query: string,
  { token = people.editor.token, language }: { token?: string; language?: string } = {},
) => rest({ method: 'GET', path: `/posts/next-slots?${query}`, token, language })

const locals = (body: { slots: Slot[] }) => body.slots.map((slot) => slot.local)

const ofAwareness = () =>
  `target=${ids.targets.of}&phase=${ids.phases['of.awareness']}&message=${ids.messages['of.awareness.1']}&format=text`

describe('GET /api/posts/next-slots', () => {
  it('proposes slots that a real submission accepts, then counts the submitted post as taking its day', async () => {
    const first = await nextSlots(`${ofAwareness()}&from=2027-01-02`)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ timezone: 'Europe/Paris', horizonDays: 365 })
    // one slot a day: the post takes the day it is given
    expect(locals(first.body)).toEqual(['2027-01-05 08:30', '2027-01-07 08:30', '2027-01-12 08:30'])
    expect(first.body.slots[0]).toEqual({
      at: paris('2027-01-05 08:30'),
      local: '2027-01-05 08:30',
      weekday: 'mardi',
    })

    const created = await rest({
      method: 'POST',
      path: '/posts',
      token: people.editor.token,
      body: compliantPost({ ids, overrides: { publishAt: first.body.slots[0].at } }),
    })
    expect(created.status).toBe(201)
    const submitted = await rest({
      method: 'PATCH',
      path: `/posts/${created.body.doc.id}`,
      token: people.editor.token,
      body: { status: 'in_review' },
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)

    const after = await nextSlots(`${ofAwareness()}&from=2027-01-02`)
    expect(locals(after.body)).toEqual(['2027-01-07 08:30', '2027-01-12 08:30', '2027-01-14 08:30'])
  })

  it('skips a day taken by an approved post of the same target', async () => {
    await postInStatus({
      payload,
      ids,
      status: 'approved',
      author: people.editor.user,
      reviewer: people.approver.user,
      overrides: { publishAt: paris('2027-01-19 09:00') },
    })
    const { body } = await nextSlots(`${ofAwareness()}&from=2027-01-19&count=5`)
    expect(locals(body)).toEqual([
      '2027-01-21 08:30',
      '2027-01-26 08:30',
      '2027-01-28 08:30',
      '2027-02-02 08:30',
      '2027-02-04 08:30',
    ])
  })

  it('waits for a gate across month boundaries: Auditeurs open in campaign month 3', async () => {
    const { status, body } = await nextSlots(
      `target=${ids.targets.auditeurs}&phase=${ids.phases['auditeurs.awareness']}&from=2027-01-02`,
      { language: 'en' },
    )
    expect(status).toBe(200)
    expect(locals(body)).toEqual(['2027-03-03 10:00', '2027-03-10 10:00', '2027-03-17 10:00'])
    expect(body.slots[0].weekday).toBe('Wednesday')
  })

  it('answers for an existing post with ?post=ID, leaving the post itself out', async () => {
    const coachs = {
      target: ids.targets.coachs,
      phase: ids.phases['coachs.awareness'],
      message: ids.messages['coachs.awareness.1'],
    }
    const post = await postInStatus({
      payload,
      ids,
      status: 'approved',
      author: people.editor.user,
      reviewer: people.approver.user,
      overrides: { ...coachs, publishAt: paris('2027-02-06 09:00') }, // a Saturday
    })
    const own = await nextSlots(`post=${post.id}&from=2027-02-06`)
    expect(own.status).toBe(200)
    expect(locals(own.body)).toEqual(['2027-02-06 09:00', '2027-02-07 09:00', '2027-02-13 09:00'])
    const excluded = await nextSlots(
      `target=${coachs.target}&phase=${coachs.phase}&exclude=${post.id}&from=2027-02-06`,
    )
    expect(locals(excluded.body)).toEqual(locals(own.body))
    // for another coachs post, that Saturday is taken
    const other = await nextSlots(`target=${coachs.target}&phase=${coachs.phase}&from=2027-02-06`)
    expect(locals(other.body)).toEqual(['2027-02-07 09:00', '2027-02-13 09:00', '2027-02-14 09:00'])
  })

  it('says why no date can suit a post whose target is closed whatever the date', async () => {
    const { status, body } = await nextSlots(
      `target=${ids.targets.certificateurs}&phase=${ids.phases['certificateurs.awareness']}`,
      { language: 'en' },
    )
    expect(status).toBe(200)
    expect(body).toMatchObject({ slots: [], reason: 'blocked', timezone: 'Europe/Paris' })
    expect(body.message).toContain('Premiers retours auditeurs positifs')
  })

  it('refuses anonymous callers (401) and publishers (403)', async () => {
    const anonymous = await rest({ method: 'GET', path: `/posts/next-slots?${ofAwareness()}` })
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toBe('Connectez-vous pour voir les prochains créneaux libres.')
    const publisher = await rest({
      method: 'GET',
      path: `/posts/next-slots?${ofAwareness()}`,
      apiKey: people.publisher.apiKey,
    })
    expect(publisher.status).toBe(403)
  })

  it('answers 400 with a translated message for bad or missing parameters', async () => {
    const refused = async (query: string, message: unknown) => {
      const response = await nextSlots(query, { language: 'en' })
      expect(response.status, query).toBe(400)
      expect(response.body.errors[0].message, query).toEqual(message)
    }
    const missing =
      'Say which post (?post=ID), or which target and phase (?target=ID&phase=ID), but not both.'
    await refused('', missing)
    await refused(`target=${ids.targets.of}`, missing)
    await refused(`post=1&${ofAwareness()}`, missing)
    await refused(`${ofAwareness()}&count=0`, 'Give “count” as a whole number from 1 to 10.')
    await refused(`${ofAwareness()}&count=11`, 'Give “count” as a whole number from 1 to 10.')
    await refused(`${ofAwareness()}&count=two`, 'Give “count” as a whole number from 1 to 10.')
    await refused(
      `${ofAwareness()}&from=soon`,
      'Give “from” as an ISO date, for example 2026-03-01 or 2026-03-01T08:30:00Z.',
    )
    await refused(`${ofAwareness()}&from=a&from=b`, 'Give “from” once, as plain text.')
    await refused(
      `target=${ids.targets.of}&phase=${ids.phases['of.awareness']}&format=poem`,
      expect.stringContaining('Unknown format “poem”: use one of text, carousel'),
    )
    await refused(`target=999999&phase=${ids.phases['of.awareness']}`, 'No target has the id “999999”.')
    await refused(`target=abc&phase=${ids.phases['of.awareness']}`, 'No target has the id “abc”.')
    await refused(`target=${ids.targets.of}&phase=999999`, 'No journey phase has the id “999999”.')
    await refused(
      `target=${ids.targets.of}&phase=${ids.phases['of.awareness']}&message=999999`,
      'No key message has the id “999999”.',
    )
    await refused('post=999999', 'No post you may read has the id “999999”.')

    const draft = await rest({
      method: 'POST',
      path: '/posts',
      token: people.editor.token,
      body: { title: 'Sans cible' },
    })
    expect(draft.status).toBe(201)
    await refused(`post=${draft.body.doc.id}`, 'This post has no target or phase yet: choose them first.')

    const french = await nextSlots(`${ofAwareness()}&count=0`)
    expect(french.body.errors[0].message).toBe('Donnez « count » en nombre entier de 1 à 10.')
  })

  it('proposes as many slots as asked, up to ten', async () => {
    const { body } = await nextSlots(`${ofAwareness()}&from=2027-02-01&count=10`)
    expect(body.slots).toHaveLength(10)
    const instants = body.slots.map((slot: Slot) => Date.parse(slot.at))
    expect(instants).toEqual([...instants].sort((a, b) => a - b))
  })
})
