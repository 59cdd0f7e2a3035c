import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '../../src/payload-types'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { compliantPost, createPeople, type EditorialLineIds, postInStatus } from '../helpers/editorialLine'
import { startPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

const patch = ({ id, body, token, apiKey }: { id: number; body: object; token?: string; apiKey?: string }) =>
  rest({ method: 'PATCH', path: `/posts/${id}`, body, token, apiKey })
/** What API consumers get. */
const publicView = (id: number) => rest({ method: 'GET', path: `/posts/${id}?depth=0` })
/** What editors work on: the latest version. */
const latestView = (id: number) =>
  rest({ method: 'GET', path: `/posts/${id}?depth=0&draft=true`, token: people.editor.token })
const post = (status: Post['status'], author = people.editor.user) =>
  postInStatus({ payload, ids, status, author, reviewer: people.approver.user })

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  const { seedForPosts } = await import('../helpers/editorialLine')
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
})
afterAll(async () => stop?.())

describe('review workflow', () => {
  it('walks a post from draft to published, logging each transition with who and when', async () => {
    const created = await rest({
      method: 'POST',
      path: '/posts',
      body: compliantPost({ ids }),
      token: people.editor.token,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    const steps = [
      { by: people.editor, body: { status: 'in_review' } },
      { by: people.approver, body: { status: 'changes_requested', reviewComment: 'Citez la source.' } },
      { by: people.editor, body: { status: 'in_review', reviewComment: 'Source ajoutée.' } },
      { by: people.approver, body: { status: 'approved' } },
    ]
    for (const { by, body } of steps) {
      const response = await patch({ id, body, token: by.token })
      expect(response.status, JSON.stringify(response.body)).toBe(200)
    }
    const published = await patch({
      id,
      body: { status: 'published', publishedUrl: 'https://www.linkedin.com/posts/qalia-1' },
      apiKey: people.publisher.apiKey,
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)

    const doc = (await rest({ method: 'GET', path: `/posts/${id}?depth=0`, token: people.admin.token })).body
    expect(doc.status).toBe('published')
    expect(doc.publishedUrl).toBe('https://www.linkedin.com/posts/qalia-1')
    expect(
      doc.reviewLog.map(({ from, to, by, comment }: Record<string, unknown>) => ({ from, to, by, comment })),
    ).toEqual([
      { from: 'draft', to: 'in_review', by: people.editor.user.id, comment: null },
      {
        from: 'in_review',
        to: 'changes_requested',
        by: people.approver.user.id,
        comment: 'Citez la source.',
      },
      { from: 'changes_requested', to: 'in_review', by: people.editor.user.id, comment: 'Source ajoutée.' },
      { from: 'in_review', to: 'approved', by: people.approver.user.id, comment: null },
      { from: 'approved', to: 'published', by: people.publisher.user.id, comment: null },
    ])
    for (const entry of doc.reviewLog) expect(Date.parse(entry.at)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('writes the review log itself, whatever the client sends', async () => {
    const forged = [
      { from: 'in_review', to: 'approved', by: people.approver.user.id, at: '2026-01-01T00:00:00.000Z' },
    ]
    const created = await rest({
      method: 'POST',
      path: '/posts',
      body: { ...compliantPost({ ids }), reviewLog: forged },
      token: people.editor.token,
    })
    expect(created.body.doc.reviewLog).toEqual([])
    const submitted = await patch({
      id: created.body.doc.id,
      body: { status: 'in_review', reviewLog: forged },
      token: people.editor.token,
    })
    expect(
      submitted.body.doc.reviewLog.map(({ from, to }: { from: string; to: string }) => `${from}>${to}`),
    ).toEqual(['draft>in_review'])
  })

  it('refuses a transition to the wrong role with a 403 naming the transition and who may make it', async () => {
    const { id } = await post('in_review')
    const byEditor = await patch({ id, body: { status: 'approved' }, token: people.editor.token })
    expect(byEditor.status).toBe(403)
    expect(byEditor.body.errors[0].message).toBe(
      '« En relecture » → « Approuvé » est réservé à : Approbateur, Administrateur.',
    )
    const english = await rest({
      method: 'PATCH',
      path: `/posts/${id}`,
      body: { status: 'approved' },
      token: people.editor.token,
      language: 'en',
    })
    expect(english.body.errors[0].message).toBe('“In review” → “Approved” is for: Approver, Admin.')
    expect((await latestView(id)).body.status).toBe('in_review')
  })

  it('refuses a status change that is no transition, saying where the post can go', async () => {
    const { id } = await post('draft')
    const response = await patch({ id, body: { status: 'published' }, token: people.admin.token })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toContain('« Brouillon » à « Publié »')
    expect(response.body.errors[0].message).toContain('« En relecture »')
  })

  it('never lets the author review their own post, admins included', async () => {
    for (const author of [people.authorApprover.user, people.admin.user]) {
      const { id } = await post('in_review', author)
      const token = author.id === people.admin.user.id ? people.admin.token : people.authorApprover.token
      for (const body of [{ status: 'approved' }, { status: 'changes_requested', reviewComment: 'x' }]) {
        const response = await patch({ id, body, token })
        expect(response.status).toBe(403)
        expect(response.body.errors[0].message).toMatch(/^Vous avez écrit cette publication/)
      }
      expect((await patch({ id, body: { status: 'approved' }, token: people.approver.token })).status).toBe(
        200,
      )
    }
  })

  it('asks for a comment when changes are requested', async () => {
    const { id } = await post('in_review')
    const response = await patch({ id, body: { status: 'changes_requested' }, token: people.approver.token })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({
      path: 'reviewComment',
      message: 'Dites quoi modifier : une demande de modifications demande un commentaire.',
    })
    expect((await latestView(id)).body.status).toBe('in_review')
  })

  it('keeps serving the approved version while an edit waits for approval, and keeps every approved version', async () => {
    const { id } = await post('approved')
    const edit = await patch({ id, body: { title: 'Nouveau titre' }, token: people.editor.token })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)

    expect((await publicView(id)).body).toMatchObject({
      title: 'Qualiopi : 40 heures par mois',
      status: 'approved',
    })
    expect((await latestView(id)).body).toMatchObject({ title: 'Nouveau titre', status: 'draft' })
    const listed = await rest({ method: 'GET', path: `/posts?where[id][equals]=${id}&depth=0` })
    expect(listed.body.docs.map((doc: Post) => doc.title)).toEqual(['Qualiopi : 40 heures par mois'])

    expect((await patch({ id, body: { status: 'in_review' }, token: people.editor.token })).status).toBe(200)
    expect((await publicView(id)).body.title).toBe('Qualiopi : 40 heures par mois')
    expect((await patch({ id, body: { status: 'approved' }, token: people.approver.token })).status).toBe(200)
    expect((await publicView(id)).body).toMatchObject({ title: 'Nouveau titre', status: 'approved' })

    const versions = await rest({
      method: 'GET',
      path: `/posts/versions?where[parent][equals]=${id}&limit=0&sort=createdAt`,
      token: people.approver.token,
    })
    const approved = versions.body.docs
      .filter((version: { version: Post }) => version.version.status === 'approved')
      .map((version: { version: Post }) => version.version.title)
    expect(approved).toEqual(['Qualiopi : 40 heures par mois', 'Nouveau titre'])
  })

  it('sends an approved post back to review when its date moves, re-running the rules', async () => {
    const { id, publishAt } = await post('approved')
    const outside = await patch({
      id,
      body: { publishAt: paris('2027-01-06 09:00') },
      token: people.editor.token,
    })
    expect(outside.status).toBe(400) // a Wednesday: outside the OF window, so it cannot go to review
    // The edit is a draft version beside the live one: Payload validates it all the same (drafts.validate).
    expect(outside.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual([
      'publishAt',
    ])
    expect((await latestView(id)).body.status).toBe('approved')

    const moved = await patch({
      id,
      body: { publishAt: paris('2027-01-07 09:00') },
      token: people.editor.token,
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect((await latestView(id)).body).toMatchObject({
      status: 'in_review',
      publishAt: paris('2027-01-07 09:00'),
    })
    expect((await publicView(id)).body).toMatchObject({ status: 'approved', publishAt })
  })

  it('withdraws an approved post from API consumers', async () => {
    const { id } = await post('approved')
    expect((await patch({ id, body: { status: 'draft' }, token: people.editor.token })).status).toBe(403)
    const withdrawn = await patch({ id, body: { status: 'draft' }, token: people.approver.token })
    expect(withdrawn.status).toBe(200)
    expect((await publicView(id)).status).toBe(404)
  })

  it('lets the publisher mark the live version published while a revision waits, keeping the revision', async () => {
    const { id } = await post('approved')
    await patch({ id, body: { title: 'Révision en cours', status: 'in_review' }, token: people.editor.token })
    const published = await patch({
      id,
      body: { status: 'published', publishedUrl: 'https://www.linkedin.com/posts/qalia-2' },
      apiKey: people.publisher.apiKey,
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect((await publicView(id)).body).toMatchObject({
      title: 'Qualiopi : 40 heures par mois',
      status: 'published',
      publishedUrl: 'https://www.linkedin.com/posts/qalia-2',
    })
    const latest = (await latestView(id)).body
    expect(latest).toMatchObject({ title: 'Révision en cours', status: 'in_review' })
    expect(latest.reviewLog.at(-1)).toMatchObject({ from: 'approved', to: 'published' })
  })

  it('lets a publisher do nothing else', async () => {
    const approved = await post('approved')
    const asPublisher = (id: number, body: object) => patch({ id, body, apiKey: people.publisher.apiKey })
    const noUrl = await asPublisher(approved.id, { status: 'published' })
    expect(noUrl.status).toBe(400)
    expect(noUrl.body.errors[0].data.errors[0].path).toBe('publishedUrl')
    expect(
      (await asPublisher(approved.id, { status: 'published', publishedUrl: 'javascript:alert(1)' })).status,
    ).toBe(400)
    expect((await asPublisher(approved.id, { title: 'Piraté' })).status).toBe(403)
    expect((await asPublisher(approved.id, { status: 'draft' })).status).toBe(403)
    const inReview = await post('in_review')
    expect((await asPublisher(inReview.id, { status: 'approved' })).status).toBe(403)
    expect(
      (
        await rest({
          method: 'POST',
          path: '/posts',
          body: compliantPost({ ids }),
          apiKey: people.publisher.apiKey,
        })
      ).status,
    ).toBe(403)
  })

  it('keeps a published post as it went out', async () => {
    const { id } = await post('published')
    for (const body of [{ title: 'Autre' }, { status: 'draft' }, { status: 'approved' }]) {
      const response = await patch({ id, body, token: people.admin.token })
      expect(response.status).toBe(403)
      expect(response.body.errors[0].message).toBe('Cette publication est parue : elle ne change plus.')
    }
  })

  it('refuses bulk updates and restores old versions as a new draft only', async () => {
    const bulk = await rest({
      method: 'PATCH',
      path: `/posts?where[status][equals]=in_review`,
      body: { status: 'approved' },
      token: people.admin.token,
    })
    expect(bulk.status).toBe(403)

    const { id } = await post('approved')
    await patch({ id, body: { title: 'Deuxième titre' }, token: people.editor.token })
    const versions = await rest({
      method: 'GET',
      path: `/posts/versions?where[parent][equals]=${id}&sort=createdAt&limit=1`,
      token: people.editor.token,
    })
    const restore = (query: string) =>
      rest({
        method: 'POST',
        path: `/posts/versions/${versions.body.docs[0].id}${query}`,
        token: people.editor.token,
      })
    const refused = await restore('')
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toMatch(/restaurez l’ancienne version comme brouillon/)
    expect((await publicView(id)).body.title).toBe('Qualiopi : 40 heures par mois')
    const restored = await restore('?draft=true')
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    expect((await publicView(id)).body).toMatchObject({
      status: 'approved',
      title: 'Qualiopi : 40 heures par mois',
    })
    expect((await latestView(id)).body.status).toBe('draft')
  })

  it('duplicates a post as a fresh draft of whoever duplicates it', async () => {
    const { id } = await post('approved')
    const copy = await rest({
      method: 'POST',
      path: `/posts/${id}/duplicate`,
      token: people.secondEditor.token,
    })
    expect(copy.status, JSON.stringify(copy.body)).toBe(200)
    const duplicated = (
      await rest({ method: 'GET', path: `/posts/${copy.body.doc.id}?depth=0`, token: people.admin.token })
    ).body
    expect(duplicated).toMatchObject({
      status: 'draft',
      _status: 'draft',
      author: people.secondEditor.user.id,
      reviewLog: [],
    })
    expect((await publicView(copy.body.doc.id)).status).toBe(404)
  })

  it('lets editors delete their own unapproved drafts only', async () => {
    const mine = await post('draft')
    const theirs = await post('draft', people.secondEditor.user)
    const withdrawn = await post('approved')
    await patch({ id: withdrawn.id, body: { status: 'draft' }, token: people.approver.token })
    const remove = (id: number) =>
      rest({ method: 'DELETE', path: `/posts/${id}`, token: people.editor.token })
    expect((await remove(theirs.id)).status).toBe(403)
    const refused = await remove(withdrawn.id)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(
      'Cette publication a été approuvée : seul un administrateur peut la supprimer.',
    )
    expect((await remove(mine.id)).status).toBe(200)
  })
})

describe('roles', () => {
  it('only admins change roles, and nobody raises their own', async () => {
    const self = await rest({
      method: 'PATCH',
      path: `/users/${people.editor.user.id}`,
      body: { roles: ['editor', 'approver'] },
      token: people.editor.token,
    })
    expect(self.status).toBe(403)
    expect(self.body.errors[0].message).toBe('Seul un administrateur peut changer les rôles.')
    const renamed = await rest({
      method: 'PATCH',
      path: `/users/${people.editor.user.id}`,
      body: { name: 'Léa', roles: ['editor'] },
      token: people.editor.token,
    })
    expect(renamed.status).toBe(200)
    const byAdmin = await rest({
      method: 'PATCH',
      path: `/users/${people.secondEditor.user.id}`,
      body: { roles: ['editor', 'approver'] },
      token: people.admin.token,
    })
    expect(byAdmin.status).toBe(200)
    expect(byAdmin.body.doc.roles).toEqual(['editor', 'approver'])
  })

  it('keeps publishers out of the admin and other accounts private', async () => {
    const others = await rest({ method: 'GET', path: '/users', apiKey: people.publisher.apiKey })
    expect(others.status).toBe(200)
    expect(others.body.docs.map((user: { email: string }) => user.email)).toEqual(['publisher@test.local'])
    expect((await rest({ method: 'GET', path: '/users' })).status).toBe(403)
    const access = await rest({ method: 'GET', path: '/access', apiKey: people.publisher.apiKey })
    expect(access.body.canAccessAdmin).not.toBe(true)
    const editorAccess = await rest({ method: 'GET', path: '/access', token: people.editor.token })
    expect(editorAccess.body.canAccessAdmin).toBe(true)
  })
})
