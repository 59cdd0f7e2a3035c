import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { compliantPost, type EditorialLineIds, seedForPosts } from '../helpers/editorialLine'
import { startPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { createUserAndLogin } from '../helpers/users'

/** Copy rules (issue #28): QALIA's, as the seed sets them, and rules an admin adds to a phase. */
let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let editor: User
let approver: User
let editorToken: string

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  ids = await seedForPosts({ payload })
  // The first account is an admin whatever it asks (firstUserIsAdmin).
  await createUserAndLogin({ payload, rest, email: 'admin@copy.test', roles: ['admin'] })
  ;({ user: editor, token: editorToken } = await createUserAndLogin({
    payload,
    rest,
    email: 'editor@copy.test',
    roles: ['editor'],
  }))
  ;({ user: approver } = await createUserAndLogin({
    payload,
    rest,
    email: 'approver@copy.test',
    roles: ['approver'],
  }))
}, 300_000)
afterAll(async () => stop?.())

/** A lexical body of one paragraph a text. */
const body = (...texts: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: texts.map((text) => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
    })),
  },
})

/** An Auditeurs awareness post that passes every other rule: Wednesday 3 March 2027 (month 3), 10:30. */
const auditeursPost = (overrides: Record<string, unknown> = {}) =>
  compliantPost({
    ids,
    overrides: {
      title: 'Auditeurs et OF : un même langage',
      target: ids.targets.auditeurs,
      phase: ids.phases['auditeurs.awareness'],
      message: ids.messages['auditeurs.awareness.1'],
      publishAt: paris('2027-03-03 10:30'),
      ...overrides,
    },
  })

const createAs = (user: User, data: Record<string, unknown>) =>
  payload.create({ collection: 'posts', data: data as never, user, overrideAccess: false })
const updateAs = (user: User, id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'posts', id, data: data as never, user, overrideAccess: false })
const errorsOf = (error: unknown) =>
  ((error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []).map(
    ({ path, message }) => ({ path, message }),
  )
const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return { status: (error as { status?: number }).status, errors: errorsOf(error) }
  }
  throw new Error('expected a refusal')
}

describe('copy rules: the target’s (Auditeurs)', () => {
  it('forbid (block): a draft saves; leaving draft is refused on body, naming the reason and the term', async () => {
    const draft = await createAs(
      editor,
      auditeursPost({ body: body('Découvrez notre Essai  gratuit de 30 jours.') }),
    )
    expect(draft.status).toBe('draft')
    const refused = await refusal(updateAs(editor, draft.id, { status: 'in_review' }))
    expect(refused.status).toBe(400)
    expect(refused.errors).toEqual([
      {
        path: 'body',
        message: expect.stringContaining(
          'Auditeurs : ne pas vendre (partenariat, pas vente) — « Essai  gratuit » : Découvrez notre Essai gratuit de 30 jours',
        ),
      },
    ])
    expect((await payload.findByID({ collection: 'posts', id: draft.id })).status).toBe('draft')
  })

  it('forbid: prices and word forms, one finding per term', async () => {
    const draft = await createAs(
      editor,
      auditeursPost({ title: 'Prix : 297€', body: body('Abonnez-vous ! L’abonnement, puis une remise.') }),
    )
    const refused = await refusal(updateAs(editor, draft.id, { status: 'in_review' }))
    // One error per field (Payload keeps one), one line per finding.
    const findings = refused.errors.flatMap((error) =>
      error.message.split('\n').map((line) => [error.path, line]),
    )
    expect(findings.map(([path, line]) => [path, line!.match(/« ([^»]+) »/)?.[1]])).toEqual([
      ['title', 'Prix'],
      ['title', '297'],
      ['title', '€'],
      ['body', 'Abonnez-vous'],
      ['body', 'abonnement'],
      ['body', 'remise'],
    ])
  })

  it('formal (block): "tu" and "t’" refuse, "vous", "toute", "tableau" do not', async () => {
    const informal = await createAs(
      editor,
      auditeursPost({ title: 'Tu connais le référentiel ?', body: body('On t’explique.') }),
    )
    const refused = await refusal(updateAs(editor, informal.id, { status: 'in_review' }))
    expect(refused.errors.map((error) => error.path)).toEqual(['title', 'body'])
    expect(refused.errors[0]!.message).toContain('Auditeurs : vouvoyer (ton institutionnel) — « Tu »')

    const formal = await createAs(
      editor,
      auditeursPost({ body: body('Vous et toute votre équipe : un tableau de bord pour tourner la page.') }),
    )
    const submitted = await updateAs(editor, formal.id, { status: 'in_review' })
    expect(submitted.status).toBe('in_review')
    expect(submitted.warnings).toEqual([])
  })
})

describe('copy rules: the plan’s (every post)', () => {
  it('spelling (warn): submitted, with the warning naming the right spelling stored on the post', async () => {
    const draft = await createAs(editor, compliantPost({ ids, overrides: { title: 'Qalia et la QUALIOPI' } }))
    const submitted = await updateAs(editor, draft.id, { status: 'in_review' })
    expect(submitted.status).toBe('in_review')
    expect(submitted.warnings?.map((warning) => [warning.rule, warning.path, warning.message])).toEqual([
      ['copy', 'title', expect.stringContaining('« Qalia » s’écrit « QALIA »')],
      ['copy', 'title', expect.stringContaining('« QUALIOPI » s’écrit « Qualiopi »')],
    ])
  })
})

describe('copy rules: a phase’s, added to its target’s', () => {
  it('require (warn) and forbid (block) on OF awareness; other phases untouched', async () => {
    await payload.update({
      collection: 'phases',
      id: ids.phases['of.awareness'],
      data: {
        copyRules: [
          { kind: 'require', terms: 'heures\njours', level: 'warn', reason: 'Parler du temps gagné' },
          { kind: 'forbid', terms: 'ChatGPT', level: 'block' },
        ],
      },
    })
    try {
      const missing = await updateAs(
        editor,
        (await createAs(editor, compliantPost({ ids, overrides: { title: 'Qualiopi sans peine' } }))).id,
        { status: 'in_review' },
      )
      expect(missing.warnings?.map((warning) => warning.message)).toEqual([
        'Parler du temps gagné — aucun de : « heures », « jours »',
      ])
      const forbidden = await createAs(
        editor,
        compliantPost({
          ids,
          overrides: { title: 'Qualiopi : 40 heures', body: body('Mieux que chatgpt.') },
        }),
      )
      const refused = await refusal(updateAs(editor, forbidden.id, { status: 'in_review' }))
      // No reason given: the kind says it.
      expect(refused.errors).toEqual([
        { path: 'body', message: 'Terme à éviter — « chatgpt » : Mieux que chatgpt' },
      ])
      // OF consideration has no such rule.
      const elsewhere = await createAs(
        editor,
        compliantPost({
          ids,
          overrides: {
            body: body('Mieux que chatgpt.'),
            phase: ids.phases['of.consideration'],
            message: ids.messages['of.consideration.1'],
            format: 'testimonial',
            publishAt: paris('2027-02-04 09:00'),
          },
        }),
      )
      expect((await updateAs(editor, elsewhere.id, { status: 'in_review' })).status).toBe('in_review')
    } finally {
      await payload.update({ collection: 'phases', id: ids.phases['of.awareness'], data: { copyRules: [] } })
    }
  })
})

describe('copy rules: override and live check', () => {
  it('an approver, not an editor, lifts the copy block with a reason; changed words void it', async () => {
    const draft = await createAs(editor, auditeursPost({ body: body('Un devis sur mesure.') }))
    const byEditor = await refusal(
      updateAs(editor, draft.id, { copyOverride: { reason: 'Citation du client' } }),
    )
    expect(byEditor.status).toBe(403)
    const overridden = await updateAs(approver, draft.id, { copyOverride: { reason: 'Citation du client' } })
    expect(overridden.copyOverride).toMatchObject({
      reason: 'Citation du client',
      by: expect.objectContaining({ id: approver.id }),
    })
    const submitted = await updateAs(editor, draft.id, { status: 'in_review' })
    expect(submitted.status).toBe('in_review')
    expect(submitted.warnings?.map((warning) => [warning.rule, warning.path])).toEqual([['copy', 'body']])

    const sentBack = await updateAs(approver, draft.id, {
      status: 'changes_requested',
      reviewComment: 'À revoir',
    })
    const rewritten = await updateAs(editor, sentBack.id, { body: body('Un devis, deux devis.') })
    expect(rewritten.copyOverride?.reason ?? null).toBeNull()
    expect(
      (await refusal(updateAs(editor, draft.id, { status: 'in_review' }))).errors.map((e) => e.path),
    ).toEqual(['body'])
  })

  it('the check endpoint gives the findings of the words as they stand in the form', async () => {
    const response = await rest({
      method: 'POST',
      path: '/posts/check',
      token: editorToken,
      body: { ...auditeursPost(), body: body('Profitez de l’essai gratuit.') },
    })
    expect(response.status).toBe(200)
    expect(response.body.findings.filter((finding: { rule: string }) => finding.rule === 'copy')).toEqual([
      {
        rule: 'copy',
        level: 'block',
        path: 'body',
        message:
          'Auditeurs : ne pas vendre (partenariat, pas vente) — « essai gratuit » : Profitez de l’essai gratuit',
      },
    ])
  })
})
