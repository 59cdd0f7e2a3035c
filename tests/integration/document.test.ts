import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedEditorialLine } from 'payload-plugin-editorial-line'
import { qaliaEditorialLine } from 'payload-plugin-editorial-line/qalia'
import { startPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { customerDocument } from '../../src/plugins/editorial-line/document/testing/customerDocument'
import { createUserAndLogin } from '../helpers/users'

/** What the seed holds, counted from the seed itself (other work may add phases or messages to it). */
const seedCounts = {
  targets: qaliaEditorialLine.targets.length,
  phases: qaliaEditorialLine.targets.reduce((sum, target) => sum + target.phases.length, 0),
  messages: qaliaEditorialLine.targets.reduce(
    (sum, target) => sum + target.phases.reduce((count, phase) => count + phase.messages.length, 0),
    0,
  ),
}

type Instance = {
  payload: Payload
  rest: RestClient
  stop: () => Promise<void>
  tokens: Record<string, string>
}

const start = async (): Promise<Instance> => {
  const { payload, rest, stop } = await startPayload()
  const tokens: Record<string, string> = {}
  for (const role of ['admin', 'approver', 'editor', 'publisher'] as const) {
    tokens[role] = (
      await createUserAndLogin({ payload, rest, email: `${role}@document.test`, roles: [role] })
    ).token
  }
  return { payload, rest, stop, tokens }
}

let seeded: Instance
let empty: Instance

beforeAll(async () => {
  seeded = await start()
  await seedEditorialLine({ payload: seeded.payload, line: qaliaEditorialLine })
  empty = await start()
}, 300_000)
afterAll(async () => {
  await seeded?.stop()
  await empty?.stop()
})

const exportDocument = async (instance: Instance, token = instance.tokens.editor) =>
  instance.rest({ method: 'GET', path: '/editorial-line/document.md', token })

const importDocument = async (
  instance: Instance,
  markdown: string,
  {
    dryRun = true,
    token = instance.tokens.admin,
    language,
  }: { dryRun?: boolean; token?: string; language?: string } = {},
) =>
  instance.rest({
    method: 'POST',
    path: `/editorial-line/document${dryRun ? '?dryRun=true' : ''}`,
    raw: { body: markdown, contentType: 'text/markdown' },
    token,
    language,
  })

/** Everything of the line an import may write, without ids and dates: targets, phases, messages, plan. */
const snapshot = async (payload: Payload) => {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip)
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !['id', 'createdAt', 'updatedAt', 'globalType', 'target', 'phase'].includes(key))
          .map(([key, inner]) => [key, strip(inner)]),
      )
    }
    return value
  }
  const targets = await payload.find({
    collection: 'targets',
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  const phases = await payload.find({ collection: 'phases', sort: 'createdAt', pagination: false, depth: 1 })
  const messages = await payload.find({
    collection: 'messages',
    sort: 'createdAt',
    pagination: false,
    depth: 2,
  })
  return {
    targets: strip(targets.docs),
    phases: phases.docs.map((phase) => ({
      ...(strip(phase) as object),
      of: (phase.target as { slug: string }).slug,
    })),
    messages: messages.docs.map((message) => ({
      ...(strip(message) as object),
      of: `${(message.phase as { target: { slug: string } }).target.slug}.${(message.phase as { key: string }).key}`,
    })),
    plan: strip(await payload.findGlobal({ slug: 'editorial-plan', depth: 0 })),
  }
}

describe('document: access', () => {
  it('export: the editorial team only', async () => {
    expect((await exportDocument(seeded, '')).status).toBe(401)
    expect((await exportDocument(seeded, seeded.tokens.publisher)).status).toBe(403)
    for (const role of ['editor', 'approver', 'admin']) {
      const response = await exportDocument(seeded, seeded.tokens[role])
      expect(response.status, role).toBe(200)
      expect(response.headers.get('content-type')).toContain('text/markdown')
    }
  })

  it('import: admins only, Markdown only, at most 1 MB', async () => {
    expect((await importDocument(seeded, customerDocument, { token: '' })).status).toBe(401)
    for (const role of ['publisher', 'editor', 'approver']) {
      const response = await importDocument(seeded, customerDocument, { token: seeded.tokens[role] })
      expect(response.status, role).toBe(403)
      expect(response.body.errors[0].message).toBeTruthy()
    }
    expect((await importDocument(seeded, customerDocument)).status).toBe(200)
    const json = await seeded.rest({
      method: 'POST',
      path: '/editorial-line/document?dryRun=true',
      body: { markdown: customerDocument },
      token: seeded.tokens.admin,
    })
    expect(json.status).toBe(415)
    const huge = `${customerDocument}\n${'x'.repeat(1024 * 1024)}`
    const refused = await importDocument(seeded, huge)
    expect(refused.status).toBe(413)
    expect(refused.body.errors[0].message).toMatch(/1 Mo/)
  })
})

describe('document: fidelity', () => {
  it("the customer's document onto a freshly seeded line changes nothing", async () => {
    const response = await importDocument(seeded, customerDocument)
    expect(response.status).toBe(200)
    expect(response.body.changes.filter((change: { action: string }) => change.action !== 'absent')).toEqual(
      [],
    )
    expect(response.body).toMatchObject({ created: 0, updated: 0 })
    expect(response.body.unchanged).toBeGreaterThan(0)
  })

  it('the export read back changes nothing', async () => {
    const exported = await exportDocument(seeded)
    expect(exported.text).toContain('## CIBLE 1 : Formateurs OF (Organismes de Formation)')
    expect(exported.text).toContain('### Répartition mensuelle par cible')
    expect(exported.text).toContain('### Timing optimal par cible')
    expect(exported.text).toContain('## Points de Contrôle')
    const response = await importDocument(seeded, exported.text)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ created: 0, updated: 0, changes: [] })
  })

  it('a dry run onto an empty database writes nothing and lists what the seed would create', async () => {
    const before = await snapshot(empty.payload)
    const response = await importDocument(empty, customerDocument)
    expect(response.status).toBe(200)
    expect(response.body.dryRun).toBe(true)
    expect(response.body.created).toBe(seedCounts.targets + seedCounts.phases + seedCounts.messages)
    expect(await snapshot(empty.payload)).toEqual(before)
  })

  it("the customer's document onto an empty database makes what npm run seed makes", async () => {
    const response = await importDocument(empty, customerDocument, { dryRun: false })
    expect(response.status).toBe(200)
    expect(response.body.created).toBe(seedCounts.targets + seedCounts.phases + seedCounts.messages)
    expect(await snapshot(empty.payload)).toEqual(await snapshot(seeded.payload))
    expect((await exportDocument(empty)).text).toBe((await exportDocument(seeded)).text)
    // And again: nothing more to do.
    expect((await importDocument(empty, customerDocument, { dryRun: false })).body).toMatchObject({
      created: 0,
      updated: 0,
    })
  })
})

describe('document: import', () => {
  it('applies a new version: updates, creations, absent ones kept', async () => {
    const exported = (await exportDocument(empty)).text
    const certificateurs = exported.indexOf('## CIBLE 4 : Certificateurs')
    const ministeres = exported.indexOf('## CIBLE 5 : Ministères')
    const next = (exported.slice(0, certificateurs) + exported.slice(ministeres))
      .replace('"Les codes RNCP changent sans préavis"', '"Les codes RNCP changent encore"')
      .split('\n')
      .filter((row) => !row.startsWith('| certificateurs'))
      .map((row) => (row.startsWith('| Mars 2026') ? '| Mars 2026 | 75% | 20% | 5% | 0% |' : row))
      .join('\n')
      .replace(
        '## Intégration dans la Ligne Éditoriale',
        '## CIBLE 6 : Organismes certificateurs\n\n## Intégration dans la Ligne Éditoriale',
      )
    expect(next).toContain('| Mars 2026 | 75% | 20% | 5% | 0% |')

    const preview = await importDocument(empty, next)
    expect(preview.status).toBe(200)
    const { changes } = preview.body as {
      changes: {
        action: string
        collection: string
        key: string
        field?: string
        from?: unknown
        to?: unknown
      }[]
    }
    expect(changes).toContainEqual({
      action: 'update',
      collection: 'messages',
      key: 'of.awareness.2',
      field: 'text',
      from: 'Les codes RNCP changent sans préavis',
      to: 'Les codes RNCP changent encore',
    })
    expect(changes).toContainEqual(
      expect.objectContaining({
        action: 'update',
        collection: 'editorial-plan',
        field: 'mix.2026-03',
        to: { of: 75, coachs: 20, auditeurs: 5, autres: 0 },
      }),
    )
    expect(changes).toContainEqual(
      expect.objectContaining({ action: 'create', collection: 'targets', key: 'organismes-certificateurs' }),
    )
    expect(changes).toContainEqual(
      expect.objectContaining({ action: 'absent', collection: 'targets', key: 'certificateurs' }),
    )
    expect(preview.body).toMatchObject({ created: 1, updated: 2 })
    expect(await empty.payload.count({ collection: 'targets' })).toMatchObject({
      totalDocs: seedCounts.targets,
    })

    const applied = await importDocument(empty, next, { dryRun: false })
    expect(applied.status).toBe(200)
    expect(applied.body.changes).toEqual(changes)
    const { docs } = await empty.payload.find({
      collection: 'messages',
      where: { seedKey: { equals: 'of.awareness.2' } },
    })
    expect(docs[0].text).toBe('Les codes RNCP changent encore')
    const plan = await empty.payload.findGlobal({ slug: 'editorial-plan' })
    expect(plan.mix?.find((row) => row.month === '2026-03')).toMatchObject({ of: 75, coachs: 20 })
    // Nothing is deleted: Certificateurs, absent from the document, is still there.
    expect(await empty.payload.count({ collection: 'targets' })).toMatchObject({
      totalDocs: seedCounts.targets + 1,
    })
    expect(
      (await empty.payload.find({ collection: 'targets', where: { slug: { equals: 'certificateurs' } } }))
        .totalDocs,
    ).toBe(1)
  })

  it('a failure half-way leaves the line as it was', async () => {
    const before = await snapshot(seeded.payload)
    const exported = (await exportDocument(seeded)).text
    // The first write (renaming OF) succeeds; the new target's bad slug fails a later one.
    const failing = exported
      .replace('## CIBLE 1 : Formateurs OF (Organismes de Formation)', '## CIBLE 1 : Formateurs OF renommés')
      .replace(
        '## Intégration dans la Ligne Éditoriale',
        '## CIBLE 9 : Cassée\n\n| Élément | Détail |\n| --- | --- |\n| **Slug** | Pas Un Slug |\n| **Groupe** | autres |\n\n## Intégration dans la Ligne Éditoriale',
      )
    const preview = await importDocument(seeded, failing)
    expect(preview.body.changes).toContainEqual(
      expect.objectContaining({ action: 'update', collection: 'targets', key: 'of', field: 'name' }),
    )
    const response = await importDocument(seeded, failing, { dryRun: false })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/Rien n’a été écrit/)
    expect(await snapshot(seeded.payload)).toEqual(before)
  })
})

describe('document: bad documents', () => {
  const cases: [string, (markdown: string) => string, RegExp][] = [
    [
      'no target heading',
      (markdown) =>
        markdown.slice(0, markdown.indexOf('## CIBLE 1')) +
        markdown.slice(markdown.indexOf('## Intégration')),
      /Ligne 1, colonne 1 : aucun titre de cible/,
    ],
    [
      'a mix row that does not add up to 100',
      (markdown) => markdown.replace('| Mars | 80% | 15% |', '| Mars | 70% | 15% |'),
      /Ligne 214, colonne 1 : la ligne Mars \(90 %\) de la répartition mensuelle ne fait pas 100 %/,
    ],
    [
      'an unknown weekday',
      (markdown) => markdown.replace('| OF | Mardi, Jeudi |', '| OF | Mardi, Jedi |'),
      /Ligne 223, colonne 1 : « Jedi » n’est pas un jour de la semaine/,
    ],
    [
      'a month range backwards',
      (markdown) =>
        markdown.replace('### Phase 1 : AWARENESS (Mois 1-2)', '### Phase 1 : AWARENESS (Mois 2-1)'),
      /Ligne 23, colonne 1 : « Mois 2-1 » finit avant de commencer/,
    ],
    [
      'a mix month range backwards',
      (markdown) => markdown.replace('| Jan-Fév |', '| Fév-Jan 2026 |'),
      /Ligne 213, colonne 1 : « Fév-Jan 2026 » finit avant de commencer/,
    ],
    [
      'a message under no phase',
      (markdown) =>
        markdown.replace(
          '### Approche spécifique\n\n**NE PAS**',
          '**Messages clés** :\n- "Perdu"\n\n### Approche spécifique\n\n**NE PAS**',
        ),
      /Ligne 162, colonne 1 : des messages clés hors de toute phase/,
    ],
  ]
  for (const [kind, spoil, message] of cases) {
    it(`${kind}: 400 naming the line, nothing written`, async () => {
      const markdown = spoil(customerDocument)
      expect(markdown).not.toBe(customerDocument)
      const before = await snapshot(seeded.payload)
      const response = await importDocument(seeded, markdown, { dryRun: false })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toMatch(message)
      expect(await snapshot(seeded.payload)).toEqual(before)
    })
  }

  it('says it in English to an English admin', async () => {
    const response = await importDocument(
      seeded,
      customerDocument.replace('| Mars | 80% |', '| Mars | 70% |'),
      {
        language: 'en',
      },
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(
      /^Line 214, column 1: the monthly mix row Mars \(90 %\) does not add up to 100 %/,
    )
  })
})

// Copy rules (issue #28)
describe('document: copy rules', () => {
  it('the export writes each target’s and phase’s copy rules; the import reads them back', async () => {
    const exported = (await exportDocument(seeded)).text
    const auditeurs = exported.slice(exported.indexOf('## CIBLE 3 : Auditeurs'))
    expect(auditeurs).toMatch(/Interdire, bloque : «prix» «tarif» «€» .*«essai gratuit»/)
    expect(auditeurs).toContain('Vouvoyer, bloque — Auditeurs : vouvoyer')

    // A phase gets a rule, a target's rule warns instead of blocking.
    const firstPhase = exported.indexOf('### Phase')
    const firstPhaseRow =
      firstPhase + exported.slice(firstPhase).search(/\| \*\*Règles de rédaction\*\* +\| — +\|/)
    expect(firstPhaseRow).toBeGreaterThan(firstPhase)
    const rowEnd = exported.indexOf('\n', firstPhaseRow)
    const next = (
      exported.slice(0, firstPhaseRow) +
      '| **Règles de rédaction** | Exiger, avertit : «Qualiopi» «RNCP» — OF : parler du référentiel |' +
      exported.slice(rowEnd)
    ).replace('Interdire, bloque : «prix»', 'Interdire, avertit : «prix»')
    const response = await importDocument(seeded, next, { dryRun: false })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(
      response.body.changes.filter((change: { field?: string }) => change.field === 'copyRules'),
    ).toHaveLength(2)

    const target = (
      await seeded.payload.find({ collection: 'targets', where: { slug: { equals: 'auditeurs' } }, depth: 0 })
    ).docs[0]!
    expect(target.copyRules?.map((rule) => [rule.kind, rule.level])).toEqual([
      ['forbid', 'warn'],
      ['formal', 'block'],
    ])
    const phases = await seeded.payload.find({ collection: 'phases', pagination: false, depth: 0 })
    expect(phases.docs.map((phase) => phase.copyRules).filter((rules) => rules?.length)).toMatchObject([
      [{ kind: 'require', terms: 'Qualiopi\nRNCP', level: 'warn', reason: 'OF : parler du référentiel' }],
    ])
    // Read back as written: nothing more to do.
    const again = await importDocument(seeded, (await exportDocument(seeded)).text, { dryRun: true })
    expect(again.body).toMatchObject({ created: 0, updated: 0 })
  })

  it('refuses an unreadable copy rule, naming it', async () => {
    const exported = (await exportDocument(seeded)).text
    const response = await importDocument(seeded, exported.replace('Vouvoyer, bloque', 'Tutoyer, bloque'))
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('Tutoyer, bloque')
  })
})

describe('document: channels', () => {
  /** The line's channels, and each phase's and target's channels by slug, in their order. */
  const channelsOf = async (payload: Payload) => {
    const channels = await payload.find({ collection: 'channels', sort: 'slug', pagination: false, depth: 0 })
    const slugOf = (value: unknown) => (value as { slug: string }).slug
    const targets = await payload.find({ collection: 'targets', pagination: false, depth: 1 })
    const phases = await payload.find({ collection: 'phases', pagination: false, depth: 1 })
    return {
      // Format requirements (#27) as written: a row's id is the database's own.
      channels: channels.docs.map(({ id: _, createdAt: __, updatedAt: ___, formatRequirements, ...channel }) => ({
        ...channel,
        formatRequirements: (formatRequirements ?? []).map(({ id: ____, ...row }) => row),
      })),
      targets: Object.fromEntries(
        targets.docs.map((target) => [target.slug, ((target.channels ?? []) as unknown[]).map(slugOf)]),
      ),
      phases: Object.fromEntries(
        phases.docs.map((phase) => [
          `${slugOf(phase.target)}.${phase.key}`,
          ((phase.channels ?? []) as unknown[]).map(slugOf),
        ]),
      ),
    }
  }

  it('the export states the channels and each phase’s; read back onto a fresh line and onto an older one, it gives them', async () => {
    // A line the seed alone would not give: a third channel, LinkedIn's limit changed, a phase on it.
    const podcast = await seeded.payload.create({
      collection: 'channels',
      data: {
        name: 'Podcast QALIA',
        slug: 'podcast',
        active: false,
        maxLength: 1200,
        formats: ['text', 'case-study'],
        timing: { days: ['fri'], start: '12:00', end: '13:00' },
        maxPostsPerMonth: 2,
        // Its own format requirement (#27), carried by the document's "Exigences" column.
        formatRequirements: [{ format: 'case-study', kinds: ['document'], min: 0, max: 1, maxPages: 40 }],
      } as never,
    })
    const linkedin = (await seeded.payload.find({ collection: 'channels', where: { slug: { equals: 'linkedin' } } }))
      .docs[0]
    await seeded.payload.update({ collection: 'channels', id: linkedin.id, data: { maxLength: 2800 } as never })
    const phase = (
      await seeded.payload.find({
        collection: 'phases',
        where: { and: [{ 'target.slug': { equals: 'coachs' } }, { key: { equals: 'consideration' } }] },
      })
    ).docs[0]
    await seeded.payload.update({
      collection: 'phases',
      id: phase.id,
      data: { channels: [podcast.id, linkedin.id] } as never,
    })
    const target = (await seeded.payload.find({ collection: 'targets', where: { slug: { equals: 'of' } } }))
      .docs[0]
    await seeded.payload.update({ collection: 'targets', id: target.id, data: { channels: [linkedin.id] } as never })

    const exported = (await exportDocument(seeded)).text
    expect(exported).toContain('## Canaux')
    expect(exported).toMatch(/\| Podcast QALIA +\| podcast +\| non +\| Post texte, Étude de cas anonymisée +\| 1200 +\| Jours : ven · Heures : 12:00-13:00 · Max : 2 +\|/)
    expect(exported).toMatch(/\| \*\*Canaux\*\* +\| podcast, linkedin +\|/)
    const expected = await channelsOf(seeded.payload)
    expect(expected.phases['coachs.consideration']).toEqual(['podcast', 'linkedin'])

    // Onto an empty database: the channels are created, the targets and phases linked to them.
    const fresh = await start()
    try {
      const created = await importDocument(fresh, exported, { dryRun: false })
      expect(created.status).toBe(200)
      expect(await channelsOf(fresh.payload)).toEqual(expected)
      expect((await exportDocument(fresh)).text).toBe(exported)
    } finally {
      await fresh.stop()
    }

    // Onto a line with the seed's channels: LinkedIn updated by its slug, the podcast created.
    const updated = await importDocument(empty, exported, { dryRun: false })
    expect(updated.status).toBe(200)
    expect(updated.body.changes).toEqual(
      expect.arrayContaining([
        { action: 'update', collection: 'channels', key: 'linkedin', field: 'maxLength', from: 3000, to: 2800 },
        { action: 'create', collection: 'channels', key: 'podcast', to: 'Podcast QALIA' },
      ]),
    )
    // (An earlier test left a target the document does not name there: kept, as absent ones are.)
    expect(await channelsOf(empty.payload)).toMatchObject(expected)
  })

  it('a phase naming a channel the table lacks: 400 naming it, nothing written', async () => {
    const exported = (await exportDocument(seeded)).text
    const spoilt = exported.replace(/\| podcast, linkedin( +)\|/, '| radio, linkedin$1  |')
    expect(spoilt).not.toBe(exported)
    const response = await importDocument(seeded, spoilt, { dryRun: false })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/le canal « radio » n’est pas dans le tableau des canaux/)
  })
})
