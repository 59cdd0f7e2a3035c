import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post, User } from '../../src/payload-types'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { graphqlClient } from '../helpers/graphql'
import { seedEditorialLine } from 'payload-plugin-editorial-line'
import { qaliaEditorialLine } from 'payload-plugin-editorial-line/qalia'
import { type EditorialLineIds, seedForPosts } from '../helpers/editorialLine'
import { startPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let editor: User
let approver: User
let editorToken: string
let approverToken: string

let ids: EditorialLineIds

/** The field errors of a refused write, as `{ path, message }`. */
const errorsOf = (error: unknown) =>
  ((error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []).map(
    ({ path, message }) => ({
      path,
      message,
    }),
  )

/** The stored post, as the database has it. */
const stored = async (id: number) =>
  JSON.stringify(await payload.findByID({ collection: 'posts', id, depth: 0 }))

/** A complete, compliant OF awareness post (campaign month 1 = January 2027), ready for review. */
const compliant = (overrides: Partial<Post> = {}) => ({
  title: 'Qualiopi : 40 heures par mois',
  target: ids.targets.of,
  phase: ids.phases['of.awareness'],
  message: ids.messages['of.awareness.1'],
  format: 'text' as const,
  channel: ids.channels.linkedin,
  publishAt: paris('2027-01-05 09:00'), // a Tuesday
  ...overrides,
})

const createAs = (user: User, data: Record<string, unknown>) =>
  payload.create({ collection: 'posts', data: data as never, user, overrideAccess: false })
const updateAs = (user: User, id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'posts', id, data: data as never, user, overrideAccess: false })

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  ids = await seedForPosts({ payload })
  const user = (email: string, roles: User['roles']) =>
    payload.create({ collection: 'users', data: { email, password: 'secret-pw', name: email, roles } })
  await user('admin@example.com', ['admin'])
  editor = await user('editor@example.com', ['editor'])
  approver = await user('approver@example.com', ['approver'])
  const login = async (email: string) =>
    (await rest({ method: 'POST', path: '/users/login', body: { email, password: 'secret-pw' } })).body
      .token as string
  editorToken = await login('editor@example.com')
  approverToken = await login('approver@example.com')
})
afterAll(async () => stop?.())

describe('editorial rules on posts, through the Local API as a real user', () => {
  it('saves a draft with nothing but a title, with an empty checklist', async () => {
    const draft = await createAs(editor, { title: 'Idée en vrac' })
    expect(draft.status).toBe('draft')
    expect(draft.checklist).toMatchObject({
      target: false,
      phase: false,
      message: false,
      format: false,
      timing: false,
      complete: false,
    })
    expect(draft.warnings).toEqual([])
  })

  it('refuses to send that draft to review with one error per missing control point, and stores nothing', async () => {
    const draft = await createAs(editor, { title: 'Brouillon incomplet' })
    const before = await stored(draft.id)
    const error = await updateAs(editor, draft.id, { status: 'in_review', title: 'Titre changé' }).catch(
      (e) => e,
    )
    expect(error.status).toBe(400)
    expect(errorsOf(error)).toEqual([
      { path: 'target', message: 'Choisissez la cible de ce post.' },
      { path: 'phase', message: 'Choisissez la phase du parcours de ce post.' },
      { path: 'message', message: 'Choisissez le message clé de ce post.' },
      { path: 'format', message: 'Choisissez le format de ce post.' },
      { path: 'publishAt', message: 'Choisissez la date et l’heure de publication de ce post.' },
    ])
    expect(await stored(draft.id)).toBe(before)
  })

  it('sends a compliant post to review, every control point ticked', async () => {
    const post = await createAs(editor, compliant({ status: 'in_review' }))
    expect(post.status).toBe('in_review')
    expect(post.checklist).toMatchObject({
      target: true,
      phase: true,
      message: true,
      format: true,
      timing: true,
      complete: true,
    })
    expect(post.warnings).toEqual([])
  })

  it.each([
    [
      'a phase of another target',
      () => ({ phase: ids.phases['coachs.awareness'] }),
      'phase',
      'appartient à une autre cible',
    ],
    [
      'a message of another phase',
      () => ({ message: ids.messages['of.decision.1'] }),
      'message',
      'appartient à une autre phase',
    ],
    [
      'a message still to define',
      () => ({
        phase: ids.phases['of.advocacy'],
        message: ids.messages['of.advocacy.3'],
        format: 'interview',
        publishAt: paris('2027-06-03 09:00'),
      }),
      'message',
      'encore à définir',
    ],
    ['a date already past', () => ({ publishAt: paris('2026-01-06 09:00') }), 'publishAt', 'est passée'],
    [
      'Auditeurs before campaign month 3',
      () => ({
        target: ids.targets.auditeurs,
        phase: ids.phases['auditeurs.awareness'],
        message: ids.messages['auditeurs.awareness.1'],
        publishAt: paris('2027-02-03 10:30'),
      }),
      'publishAt',
      's’ouvre au mois de campagne 3',
    ],
    [
      'a fifth retention post in a month',
      () => ({
        phase: ids.phases['of.retention'],
        message: ids.messages['of.retention.1'],
        format: 'product-news',
        publishAt: paris('2027-05-27 09:00'),
      }),
      'publishAt',
      'au plus 4 posts par mois',
    ],
  ])('refuses %s, on the field to fix', async (_, change, path, words) => {
    if (path === 'publishAt' && String(words).includes('au plus 4')) {
      for (const day of ['04', '06', '11', '13']) {
        await createAs(
          editor,
          compliant({
            ...change(),
            status: 'in_review',
            publishAt: paris(`2027-05-${day} 09:00`),
          } as Partial<Post>),
        )
      }
    }
    const error = await createAs(
      editor,
      compliant({ ...change(), status: 'in_review' } as Partial<Post>),
    ).catch((e) => e)
    expect(error.status).toBe(400)
    const errors = errorsOf(error)
    expect(errors.map((e) => e.path)).toContain(path)
    expect(errors.find((e) => e.path === path)?.message).toContain(words)
  })

  it('says when OF posts go out and when the refused one falls', async () => {
    const error = await createAs(
      editor,
      compliant({ status: 'in_review', publishAt: paris('2027-01-04 14:00') }),
    ).catch((e) => e)
    expect(errorsOf(error)).toEqual([
      {
        path: 'publishAt',
        message:
          'Les posts « OF — Awareness » se publient le mardi ou le jeudi entre 08:30 et 09:30 (Europe/Paris) ; ce créneau tombe un lundi à 14:00.',
      },
    ])
  })

  it('answers every problem of a refused save in one error, fields and monthly counts alike', async () => {
    for (const day of ['01', '03', '08', '10']) {
      await createAs(
        editor,
        compliant({
          phase: ids.phases['of.retention'],
          message: ids.messages['of.retention.1'],
          format: 'product-news',
          status: 'in_review',
          publishAt: paris(`2027-06-${day} 09:00`),
        }),
      )
    }
    const error = await createAs(
      editor,
      compliant({
        phase: ids.phases['of.retention'],
        message: ids.messages['of.decision.1'], // another phase's message: the message field's rule
        format: 'product-news',
        status: 'in_review',
        publishAt: paris('2027-06-15 09:00'), // a fifth retention post in June: the month's count
      }),
    ).catch((e) => e)
    expect(error.status).toBe(400)
    const errors = errorsOf(error)
    expect(errors.map((e) => e.path)).toEqual(['message', 'publishAt'])
    expect(errors[0].message).toContain('appartient à une autre phase')
    expect(errors[1].message).toContain('au plus 4 posts par mois')
  })

  it('says every problem of one field in that field’s message', async () => {
    const error = await createAs(
      editor,
      compliant({ status: 'in_review', publishAt: paris('2026-01-05 14:00') }), // past, and a Monday
    ).catch((e) => e)
    const errors = errorsOf(error)
    expect(errors.map((e) => e.path)).toEqual(['publishAt'])
    expect(errors[0].message).toContain('est passée')
    expect(errors[0].message).toContain('ce créneau tombe un lundi à 14:00')
  })

  it('refuses to move a post in review to a forbidden slot, and keeps it as it was', async () => {
    const post = await createAs(editor, compliant({ status: 'in_review' }))
    const before = await stored(post.id)
    await expect(
      updateAs(editor, post.id, { publishAt: paris('2027-01-09 09:00'), title: 'Nouveau titre' }),
    ).rejects.toMatchObject({
      status: 400,
    })
    expect(await stored(post.id)).toBe(before)
  })

  it('never blocks a draft, whatever its slot', async () => {
    const draft = await createAs(editor, compliant({ publishAt: paris('2027-01-04 14:00') }))
    expect(draft.status).toBe('draft')
    expect(draft.checklist).toMatchObject({ timing: false, complete: false, target: true })
  })

  it('stores warnings, and still accepts the post', async () => {
    const post = await createAs(editor, compliant({ status: 'in_review', format: 'interview' }))
    expect(post.status).toBe('in_review')
    expect(post.warnings).toEqual([
      {
        id: expect.any(String),
        rule: 'formatOptimal',
        path: 'format',
        message:
          'Le format Interview n’est pas optimal pour « OF — Awareness » : préférez Post texte ou Carousel éducatif.',
      },
    ])
    expect(post.checklist?.complete).toBe(true)
  })

  it('lets an approver, not an editor, override a timing block with a reason, and records who and when', async () => {
    const draft = await createAs(editor, compliant({ publishAt: paris('2027-01-04 14:00') }))
    await expect(
      updateAs(editor, draft.id, { timingOverride: { reason: 'Salon Qualiopi ce lundi' } }),
    ).rejects.toMatchObject({
      status: 403,
      message: 'Seul un approbateur peut accorder une dérogation de timing.',
    })
    const overridden = await updateAs(approver, draft.id, {
      timingOverride: { reason: 'Salon Qualiopi ce lundi' },
    })
    expect(overridden.timingOverride).toMatchObject({
      reason: 'Salon Qualiopi ce lundi',
      by: expect.objectContaining({ id: approver.id }),
    })
    expect(overridden.timingOverride?.at).toBeTruthy()
    const submitted = await updateAs(editor, draft.id, {
      status: 'in_review',
      timingOverride: { by: editor.id, at: '2020-01-01' },
    })
    expect(submitted.status).toBe('in_review')
    expect(submitted.timingOverride).toMatchObject({
      reason: 'Salon Qualiopi ce lundi',
      by: expect.objectContaining({ id: approver.id }),
    })
    expect(submitted.warnings?.map((warning) => warning.rule)).toEqual(['timingWindow'])
  })
})

describe('editorial rules on posts, through REST', () => {
  it('refuses a submission with Payload’s standard validation error, in French by default', async () => {
    const created = await rest({
      method: 'POST',
      path: '/posts',
      token: editorToken,
      body: { title: 'Par REST' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const before = await stored(id)
    const refused = await rest({
      method: 'PATCH',
      path: `/posts/${id}`,
      token: editorToken,
      body: { status: 'in_review' },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].name).toBe('ValidationError')
    expect(refused.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual([
      'target',
      'phase',
      'message',
      'format',
      'publishAt',
    ])
    expect(refused.body.errors[0].data.errors[0].message).toBe('Choisissez la cible de ce post.')
    expect(await stored(id)).toBe(before)
  })

  it('answers in English to an English client', async () => {
    const refused = await rest({
      method: 'POST',
      path: '/posts',
      token: editorToken,
      language: 'en-GB,en;q=0.9',
      body: compliant({ status: 'in_review', publishAt: paris('2027-01-04 14:00') }),
    })
    expect(refused.status).toBe(400)
    // The field's own validation answers, so the error carries Payload's translated field label too.
    expect(refused.body.errors[0].data.errors).toEqual([
      {
        label: 'Publish at',
        path: 'publishAt',
        message:
          '“OF — Awareness” posts go out on Tuesday or Thursday between 08:30 and 09:30 (Europe/Paris); this slot falls on a Monday at 14:00.',
      },
    ])
  })

  it('accepts a compliant submission and stores its warnings', async () => {
    const accepted = await rest({
      method: 'POST',
      path: '/posts',
      token: editorToken,
      // A text post: a carousel now needs its slides (formatComplete, tested in formatRequirements.test).
      body: compliant({ status: 'in_review', format: 'text', publishAt: paris('2027-01-07 08:30') }),
    })
    expect(accepted.status).toBe(201)
    expect(accepted.body.doc.checklist.complete).toBe(true)
  })

  it('lets an approver override the timing over REST, and refuses it to an editor', async () => {
    const created = await rest({
      method: 'POST',
      path: '/posts',
      token: editorToken,
      body: compliant({ publishAt: paris('2027-01-04 14:00') }),
    })
    const id = created.body.doc.id
    const byEditor = await rest({
      method: 'PATCH',
      path: `/posts/${id}`,
      token: editorToken,
      body: { timingOverride: { reason: 'urgent' } },
    })
    expect(byEditor.status).toBe(403)
    const byApprover = await rest({
      method: 'PATCH',
      path: `/posts/${id}`,
      token: approverToken,
      body: { timingOverride: { reason: 'Annonce salon' }, status: 'in_review' },
    })
    expect(byApprover.status).toBe(200)
    expect(byApprover.body.doc.warnings.map((w: { rule: string }) => w.rule)).toEqual(['timingWindow'])
  })
})

describe('editorial rules on posts, through GraphQL', () => {
  it('refuses an incomplete submission with the same field errors, and accepts a compliant one', async () => {
    const graphql = graphqlClient(payload.config)
    const post = compliant({ publishAt: paris('2027-01-12 09:00') })
    const refused = await graphql({
      token: editorToken,
      query: `mutation { createPost(data: { title: "Par GraphQL", status: in_review, channel: ${post.channel} }) { id } }`,
    })
    expect(refused.body.data.createPost).toBeNull()
    const [error] = refused.body.errors
    expect(error.extensions.name).toBe('ValidationError')
    expect(error.extensions.data.errors.map((e: { path: string }) => e.path)).toEqual([
      'target',
      'phase',
      'message',
      'format',
      'publishAt',
    ])
    expect(error.extensions.data.errors[0].message).toBe('Choisissez la cible de ce post.')

    const accepted = await graphql({
      token: editorToken,
      query: `mutation { createPost(data: { title: "Conforme", status: in_review, channel: ${post.channel}, target: ${post.target}, phase: ${post.phase}, message: ${post.message}, format: text, publishAt: "${post.publishAt}" }) { id status checklist { complete } } }`,
    })
    expect(accepted.body.errors).toBeUndefined()
    expect(accepted.body.data.createPost).toMatchObject({
      status: 'in_review',
      checklist: { complete: true },
    })
  })
})

describe('referential safety', () => {
  it('refuses to delete a target, phase or key message that posts use, saying how many', async () => {
    const used = await payload.count({
      collection: 'posts',
      where: { message: { equals: ids.messages['of.awareness.1'] } },
    })
    expect(used.totalDocs).toBeGreaterThan(1)
    const admin = (
      await payload.find({ collection: 'users', where: { email: { equals: 'admin@example.com' } } })
    ).docs[0]
    const adminToken = (
      await rest({
        method: 'POST',
        path: '/users/login',
        body: { email: admin.email, password: 'secret-pw' },
      })
    ).body.token
    const refused = await rest({
      method: 'DELETE',
      path: `/messages/${ids.messages['of.awareness.1']}`,
      token: adminToken,
    })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toBe(
      `Ce document est utilisé par ${used.totalDocs} posts : modifiez-les ou supprimez-les d’abord.`,
    )
    await expect(
      payload.delete({ collection: 'phases', id: ids.phases['of.awareness'] }),
    ).rejects.toMatchObject({ status: 409 })
    await expect(payload.delete({ collection: 'targets', id: ids.targets.of })).rejects.toMatchObject({
      status: 409,
    })
    expect(
      await payload.findByID({ collection: 'messages', id: ids.messages['of.awareness.1'] }),
    ).toBeTruthy()
  })

  it('refuses to delete a phase that still has key messages, but deletes an unused message', async () => {
    const error = await payload
      .delete({ collection: 'phases', id: ids.phases['certificateurs.decision'] })
      .catch((e) => e)
    expect(error.status).toBe(409)
    expect(error.message).toBe('Cette phase a 1 message clé : déplacez-le ou supprimez-le d’abord.')
    await payload.delete({ collection: 'messages', id: ids.messages['certificateurs.decision.1'] })
    await payload.delete({ collection: 'phases', id: ids.phases['certificateurs.decision'] })
    expect(
      (
        await payload.count({
          collection: 'phases',
          where: { id: { equals: ids.phases['certificateurs.decision'] } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('refuses to move a phase to another target while messages or posts point at it', async () => {
    const error = await payload
      .update({ collection: 'phases', id: ids.phases['of.awareness'], data: { target: ids.targets.coachs } })
      .catch((e) => e)
    expect(error.status).toBe(400)
    expect(errorsOf(error)[0].path).toBe('target')
    const phase = await payload.findByID({ collection: 'phases', id: ids.phases['of.awareness'], depth: 0 })
    expect(phase.target).toBe(ids.targets.of)
  })
})

describe('rule levels set in the plugin options', () => {
  it('stores a rule set to warn as a warning instead of refusing the post', async () => {
    const configured = await startPayload({
      editorialLine: { rules: { timingWindow: 'warn', formatOptimal: 'off' } },
    })
    try {
      await seedEditorialLine({ payload: configured.payload, line: qaliaEditorialLine })
      await configured.payload.updateGlobal({ slug: 'editorial-plan', data: { startMonth: '2027-01' } })
      const find = async (collection: 'messages' | 'phases' | 'targets', where: Record<string, unknown>) =>
        (await configured.payload.find({ collection, where: where as never, depth: 0 })).docs[0].id
      const post = await configured.payload.create({
        collection: 'posts',
        data: {
          title: 'Hors créneau mais permis',
          target: await find('targets', { slug: { equals: 'of' } }),
          phase: await find('phases', { name: { equals: 'OF — Awareness' } }),
          message: await find('messages', { seedKey: { equals: 'of.awareness.1' } }),
          format: 'interview',
          publishAt: paris('2027-01-04 14:00'),
          status: 'in_review',
        } as never,
      })
      expect(post.status).toBe('in_review')
      expect(post.warnings?.map((warning) => warning.rule)).toEqual(['timingWindow'])
    } finally {
      await configured.stop()
    }
  })
})
