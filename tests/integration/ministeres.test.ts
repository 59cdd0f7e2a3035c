import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { seedEditorialLine } from 'payload-plugin-editorial-line'
import { qaliaEditorialLine } from 'payload-plugin-editorial-line/qalia'
import { createPeople, editorialLineIds, type EditorialLineIds } from '../helpers/editorialLine'
import { startPayload } from '../helpers/payload'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  // The document's own plan: its rows end in June 2026, and June's (Autres 5 %) holds after it.
  await seedEditorialLine({ payload, line: qaliaEditorialLine })
  ids = await editorialLineIds({ payload })
  people = await createPeople({ payload, rest })
})
afterAll(async () => stop?.())

const setActiveClients = (activeClients: number) =>
  payload.updateGlobal({ slug: 'editorial-plan', data: { activeClients } })

/** A Ministères post as the brief asks for it, a Wednesday of 2027 (no window: any day, any hour). */
const ministeresPost = (at: string) => ({
  title: 'Données d’impact : ce que les organismes de formation ont gagné',
  target: ids.targets.ministeres,
  phase: ids.phases['ministeres.awareness'],
  message: ids.messages['ministeres.awareness.1'],
  format: 'text' as const,
  channel: ids.channels.linkedin,
  publishAt: paris(at),
  status: 'in_review' as const,
})

const submit = (at: string) =>
  rest({ method: 'POST', path: '/posts', token: people.editor.token, body: ministeresPost(at) })

describe('Ministères, once the plan counts more than 100 active clients', () => {
  it('refuses a Ministères post at 0 and at exactly 100 active clients, naming the gate', async () => {
    await setActiveClients(0)
    const closed = await submit('2027-03-10 10:00')
    expect(closed.status).toBe(400)
    expect(JSON.stringify(closed.body)).toContain('au-delà de 100 clients actifs ; le plan en compte 0')

    await setActiveClients(100)
    const atThreshold = await submit('2027-03-10 10:00')
    expect(atThreshold.status).toBe(400)
    expect(JSON.stringify(atThreshold.body)).toContain('le plan en compte 100')
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(0)
  })

  it('takes a compliant Ministères post at 101: every control point holds, nothing to warn about', async () => {
    await setActiveClients(101)
    const check = await rest({
      method: 'POST',
      path: '/posts/check',
      token: people.editor.token,
      body: ministeresPost('2027-03-10 10:00'),
    })
    expect(check.status).toBe(200)
    expect(check.body.checklist.complete).toBe(true)
    expect(check.body.findings).toEqual([])

    const open = await submit('2027-03-10 10:00')
    expect(open.status, JSON.stringify(open.body)).toBe(201)
    const stored = await payload.findByID({ collection: 'posts', id: open.body.doc.id, depth: 0 })
    expect(stored.status).toBe('in_review')
    expect(stored.warnings ?? []).toEqual([])
  })

  it('lets the slot finder propose Ministères slots only while the gate is open', async () => {
    const query = `target=${ids.targets.ministeres}&phase=${ids.phases['ministeres.awareness']}&from=2027-04-01`
    const slots = () =>
      rest({ method: 'GET', path: `/posts/next-slots?${query}`, token: people.editor.token })
    await setActiveClients(101)
    const open = await slots()
    expect(open.status).toBe(200)
    expect(open.body.slots).toHaveLength(3)
    await setActiveClients(50)
    const closed = await slots()
    expect(closed.body).toMatchObject({ slots: [], reason: 'blocked' })
  })
})
