import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { compliantPost, createPeople, type EditorialLineIds, seedForPosts } from '../helpers/editorialLine'
import { startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

beforeAll(async () => {
  let rest
  ;({ payload, rest, stop } = await startPayload())
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
})
afterAll(async () => stop?.())

/** A compliant draft, created by the editor through the Local API with their access. */
const draftAsEditor = () =>
  payload.create({
    collection: 'posts',
    data: { ...compliantPost({ ids }), status: 'draft' },
    user: people.editor.user,
    overrideAccess: false,
  })

/** The editor submits their post for review. */
const submitAsEditor = ({ id }: { id: number | string }) =>
  payload.update({
    collection: 'posts',
    id,
    data: { status: 'in_review' },
    user: people.editor.user,
    overrideAccess: false,
  })

type Call = { method: string; collection?: string }

/** Every call the save makes to the database adapter, by method and collection. */
const adapterCalls = async (work: () => Promise<unknown>) => {
  const db = payload.db as unknown as Record<string, (...args: unknown[]) => unknown>
  const calls: Call[] = []
  const methods = ['count', 'find', 'findOne', 'findGlobal', 'execute']
  const originals = methods.map((method) => [method, db[method]] as const)
  for (const [method, original] of originals) {
    db[method] = (...args: unknown[]) => {
      const first = args[0] as { collection?: string; slug?: string } | undefined
      calls.push({ method, collection: first?.collection ?? first?.slug })
      return original!.apply(db, args)
    }
  }
  try {
    await work()
  } finally {
    for (const [method, original] of originals) db[method] = original!
  }
  const of = (method: string, collection?: string) =>
    calls.filter((call) => call.method === method && call.collection === collection).length
  return { calls, of }
}

describe('one save of a post reads the editorial line once', () => {
  it('the input guard, the timezone default and the rules share the target, phase, message and plan they read', async () => {
    const { of } = await adapterCalls(draftAsEditor)
    // Before: the guard counted each reference (3 counts), then the rules read them again.
    expect(of('count', 'targets')).toBe(0)
    expect(of('count', 'phases')).toBe(0)
    expect(of('count', 'messages')).toBe(0)
    expect(of('findOne', 'phases')).toBe(1)
    expect(of('findOne', 'messages')).toBe(1)
    // The plan, once: for the default of publishAt_tz and for the rules.
    expect(of('findGlobal', 'editorial-plan')).toBe(1)
    // The guard's existence check of the channel reads the list the rules read (Payload's population
    // of the answer finds channels too, so only the count is checked here).
    expect(of('count', 'channels')).toBe(0)
  })

  it('a later save reuses the line it read while the line is unchanged: one statement (its fingerprint) instead of five reads', async () => {
    await draftAsEditor()
    const { of } = await adapterCalls(draftAsEditor)
    // Payload's population of the answer finds targets, phases, messages and channels by id (`find`):
    // the line's own reads are the `findOne`s, the target and channel lists and the plan.
    expect(of('findOne', 'phases')).toBe(0)
    expect(of('findOne', 'messages')).toBe(0)
    expect(of('findGlobal', 'editorial-plan')).toBe(0)
  })

  it("a change to the line is read by the next save, and a submission's notification names the target and phase and gives the slot from the save's reads", async () => {
    const phaseId = ids.phases['of.awareness']
    const { name } = await payload.findByID({ collection: 'phases', id: phaseId, depth: 0 })
    await payload.update({ collection: 'phases', id: phaseId, data: { name: 'OF — Awareness, renamed' } })
    try {
      const post = await draftAsEditor()
      const { of } = await adapterCalls(() => submitAsEditor({ id: post.id }))
      // Queued in the save: the approvers are told (one job each).
      const { docs: jobs } = await payload.find({
        collection: 'payload-jobs',
        sort: '-createdAt',
        limit: 1,
        overrideAccess: true,
      })
      const job = jobs[0] as unknown as { input: { text: string } }
      expect(job.input.text).toContain('Formateurs OF (Organismes de Formation)')
      expect(job.input.text).toContain('OF — Awareness, renamed')
      expect(job.input.text).toContain('(Europe/Paris)')
      // The line read by the create, unchanged since: no read of the plan, target or phase by id.
      expect(of('findGlobal', 'editorial-plan')).toBe(0)
      expect(of('findOne', 'targets')).toBe(0)
      expect(of('findOne', 'phases')).toBe(0)
    } finally {
      await payload.update({ collection: 'phases', id: phaseId, data: { name } })
    }
  })

  it('a submission reads the people to notify again only after a user changed: a new approver is told, a demoted one no longer', async () => {
    const submit = async () => {
      const post = await draftAsEditor()
      const { of } = await adapterCalls(() => submitAsEditor({ id: post.id }))
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        sort: '-createdAt',
        limit: 20,
        overrideAccess: true,
      })
      const told = docs
        .map((job) => job as unknown as { input?: { to?: string; text?: string } })
        .filter((job) => job.input?.text?.includes(`/posts/${String(post.id)}`))
        .map((job) => job.input?.to)
      // Payload's population of the answer finds users too (the author): only the difference counts.
      return { usersRead: of('find', 'users'), told }
    }
    await submit() // the list is read and kept
    const kept = await submit()
    const newcomer = await payload.create({
      collection: 'users',
      data: {
        email: 'approver3@test.local',
        name: 'New approver',
        password: 'pw-pw-pw-pw-1',
        roles: ['approver'],
      },
    })
    try {
      const afterCreate = await submit()
      expect(afterCreate.usersRead).toBe(kept.usersRead + 1)
      expect(afterCreate.told).toContain('approver3@test.local')
      expect(kept.told).not.toContain('approver3@test.local')
      await payload.update({ collection: 'users', id: newcomer.id, data: { roles: ['editor'] } })
      const afterDemotion = await submit()
      expect(afterDemotion.usersRead).toBe(kept.usersRead + 1)
      expect(afterDemotion.told).not.toContain('approver3@test.local')
      expect(afterDemotion.told).toContain('approver@test.local')
    } finally {
      await payload.delete({ collection: 'users', id: newcomer.id })
    }
  })

  it('a reference to a missing document is still refused by name', async () => {
    const response = await payload
      .create({
        collection: 'posts',
        data: { ...compliantPost({ ids }), phase: 999_999, status: 'draft' },
        user: people.editor.user,
        overrideAccess: false,
      })
      .then(
        () => null,
        (error: { status?: number; data?: { errors?: { path: string }[] } }) => error,
      )
    expect(response?.status).toBe(400)
    expect(response?.data?.errors?.map((error) => error.path)).toContain('phase')
  })

  it('the month counts of the rules are one statement on SQL databases', async () => {
    const post = await draftAsEditor()
    const { of } = await adapterCalls(() => submitAsEditor({ id: post.id }))
    expect(of('count', 'posts')).toBe(0)
    const updated = await payload.findByID({ collection: 'posts', id: post.id, overrideAccess: true })
    expect(updated.status).toBe('in_review')
  })
})
