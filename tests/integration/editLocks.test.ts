import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post, User } from '../../src/payload-types'
import type { RestClient } from '../helpers/rest'

import { createPeople, type EditorialLineIds, postInStatus, seedForPosts } from '../helpers/editorialLine'
import { startPayload } from '../helpers/payload'

/**
 * Payload's edit locks and the review workflow: a post in review is in its reviewers' hands, and a
 * lock its author (or any non-reviewer) holds on it neither shows to them nor refuses their save.
 * Every other lock works as Payload's: it shows, and refuses another person's save (423).
 */
let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

const post = (status: Post['status'], author: User = people.editor.user) =>
  postInStatus({ payload, ids, status, author, reviewer: people.approver.user })

/** What the admin writes when someone changes a field of an open document. */
const lock = (postId: number, holder: User) =>
  payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'posts', value: postId },
      user: { relationTo: 'users', value: holder.id },
    },
  })

/** The locks on a post that a person sees, as the admin's lock check asks for them. */
const locksSeenBy = async (postId: number, who: { token: string }) => {
  const response = await rest({
    method: 'GET',
    path: `/payload-locked-documents?depth=0&where[document.value][equals]=${postId}&where[document.relationTo][equals]=posts`,
    token: who.token,
  })
  expect(response.status).toBe(200)
  return (response.body.docs as { user: { value: number } }[]).map((found) => found.user.value)
}

const requestChanges = (postId: number, who: { token: string }) =>
  rest({
    method: 'PATCH',
    path: `/posts/${postId}`,
    body: { status: 'changes_requested', reviewComment: 'Ajoutez la source.' },
    token: who.token,
  })

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
})
afterAll(async () => stop?.())

describe('edit locks in the review workflow', () => {
  it('lets an approver past the author’s lock on a post in review, and releases that lock', async () => {
    const inReview = await post('in_review')
    await lock(inReview.id, people.editor.user)

    expect(await locksSeenBy(inReview.id, people.editor)).toEqual([people.editor.user.id])
    expect(await locksSeenBy(inReview.id, people.approver)).toEqual([])
    expect(await locksSeenBy(inReview.id, people.admin)).toEqual([])

    const response = await requestChanges(inReview.id, people.approver)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.doc.status).toBe('changes_requested')
    const left = await payload.find({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: inReview.id } },
    })
    expect(left.totalDocs).toBe(0)
  })

  it('also for the revision in review of an approved post', async () => {
    const approved = await post('approved')
    const revision = await rest({
      method: 'PATCH',
      path: `/posts/${approved.id}`,
      body: { title: 'Qualiopi : 40 heures par mois, chiffre sourcé', status: 'in_review' },
      token: people.editor.token,
    })
    expect(revision.status, JSON.stringify(revision.body)).toBe(200)
    await lock(approved.id, people.editor.user)
    expect(await locksSeenBy(approved.id, people.approver)).toEqual([])
    expect((await requestChanges(approved.id, people.approver)).status).toBe(200)
  })

  it('keeps another approver’s lock in force: it shows, and refuses the save', async () => {
    const inReview = await post('in_review')
    await lock(inReview.id, people.authorApprover.user)
    expect(await locksSeenBy(inReview.id, people.approver)).toEqual([people.authorApprover.user.id])
    const response = await requestChanges(inReview.id, people.approver)
    expect(response.status).toBe(423)
    expect((await payload.findByID({ collection: 'posts', id: inReview.id, draft: true })).status).toBe(
      'in_review',
    )
  })

  it('keeps the lock of an approver who wrote the post: they cannot review it, but it is theirs', async () => {
    const own = await post('in_review', people.authorApprover.user)
    await lock(own.id, people.authorApprover.user)
    // The author may not review their own post, so their lock does not count for other reviewers…
    expect(await locksSeenBy(own.id, people.approver)).toEqual([])
    // …but the author, who may not review it, takes nothing over.
    await lock(own.id, people.editor.user)
    expect((await locksSeenBy(own.id, people.authorApprover)).sort()).toEqual(
      [people.authorApprover.user.id, people.editor.user.id].sort(),
    )
  })

  it('leaves locks on posts in the author’s hands alone', async () => {
    for (const status of ['draft', 'changes_requested'] as const) {
      const mine = await post(status)
      await lock(mine.id, people.editor.user)
      expect(await locksSeenBy(mine.id, people.approver)).toEqual([people.editor.user.id])
      const response = await rest({
        method: 'PATCH',
        path: `/posts/${mine.id}`,
        body: { title: 'Un titre d’approbateur' },
        token: people.approver.token,
      })
      expect(response.status, status).toBe(423)
    }
  })

  it('does not open locks on posts to publishers: they neither see nor take them', async () => {
    const draft = await post('draft')
    const held = await lock(draft.id, people.editor.user)
    const seen = await rest({
      method: 'GET',
      path: '/payload-locked-documents?depth=0&limit=0',
      apiKey: people.publisher.apiKey,
    })
    expect(seen.status).toBe(200)
    expect(seen.body.docs.map((found: { id: number }) => found.id)).not.toContain(held.id)
    const byId = await rest({
      method: 'GET',
      path: `/payload-locked-documents/${held.id}?depth=0`,
      apiKey: people.publisher.apiKey,
    })
    expect(byId.status).toBe(404)
    const taken = await rest({
      method: 'POST',
      path: '/payload-locked-documents',
      body: { document: { relationTo: 'posts', value: draft.id } },
      apiKey: people.publisher.apiKey,
    })
    expect(taken.status).toBe(403)
    const released = await rest({
      method: 'DELETE',
      path: `/payload-locked-documents/${held.id}`,
      apiKey: people.publisher.apiKey,
    })
    expect(released.status).toBe(403)
    expect(await locksSeenBy(draft.id, people.approver)).toEqual([people.editor.user.id])
  })

  it('leaves the locks on the host’s own documents to Payload’s rules', async () => {
    // The users collection is the host's: a publisher (not of the editorial team) locks and sees it.
    const document = { relationTo: 'users', value: people.publisher.user.id }
    const taken = await rest({
      method: 'POST',
      path: '/payload-locked-documents',
      body: { document, user: { relationTo: 'users', value: people.publisher.user.id } },
      apiKey: people.publisher.apiKey,
    })
    expect(taken.status).toBe(201)
    const seen = await rest({
      method: 'GET',
      path: '/payload-locked-documents?depth=0&limit=0',
      apiKey: people.publisher.apiKey,
    })
    expect(seen.body.docs.map((found: { id: number }) => found.id)).toContain(taken.body.doc.id)
    const released = await rest({
      method: 'DELETE',
      path: `/payload-locked-documents/${taken.body.doc.id}`,
      apiKey: people.publisher.apiKey,
    })
    expect(released.status).toBe(200)
  })
})
