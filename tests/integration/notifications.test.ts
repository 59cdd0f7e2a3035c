import type { CollectionAfterChangeHook, Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { compliantPost, createPeople, type EditorialLineIds } from '../helpers/editorialLine'
import { startPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { type ReceivedMail, startSmtpServer } from '../helpers/smtp'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>
let smtp: Awaited<ReturnType<typeof startSmtpServer>>

const patch = (id: number, body: object, token: string) =>
  rest({ method: 'PATCH', path: `/posts/${id}`, body, token })

/** A draft written by the editor, through the REST API. */
const draft = async (overrides: object = {}) => {
  const created = await rest({
    method: 'POST',
    path: '/posts',
    body: { ...compliantPost({ ids }), ...overrides },
    token: people.editor.token,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id as number
}

const jobCount = async () => (await payload.count({ collection: 'payload-jobs' })).totalDocs
/** Runs the queue as the app's minute runner does, and gives what reached the SMTP server since. */
const deliver = async () => {
  const before = smtp.received.length
  await payload.jobs.run()
  return smtp.received.slice(before)
}
const recipientsOf = (mails: { to: string[] }[]) => mails.flatMap((mail) => mail.to).sort()

beforeAll(async () => {
  smtp = await startSmtpServer()
  // The app's config reads these when it is loaded. Integration files share their worker's modules
  // (vitest.config.ts: isolate false): load it again after setting them, and again after this file.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.EMAIL_FROM = 'QALIA <cms@qalia.test>'
  vi.resetModules()
  ;({ payload, rest, stop } = await startPayload())
  const { seedForPosts } = await import('../helpers/editorialLine')
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
  await payload.update({
    collection: 'users',
    id: people.authorApprover.user.id,
    data: { notifications: { language: 'en' } },
  })
})
afterAll(async () => {
  await stop?.()
  await smtp?.stop()
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'EMAIL_FROM']) delete process.env[name]
  vi.resetModules()
})
beforeEach(async () => {
  await payload.jobs.run()
  smtp.state.refuseNext = 0
})

describe('notifications', () => {
  it('asks every approver and admin but the author when a post goes to review, each in their language, with the link', async () => {
    const id = await draft()
    expect((await patch(id, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    const mails = await deliver()
    expect(recipientsOf(mails)).toEqual(['admin@test.local', 'approver2@test.local', 'approver@test.local'])
    const french = mails.find((mail) => mail.to.includes('approver@test.local'))!
    expect(french.from).toBe('cms@qalia.test')
    expect(french.subject).toBe('À relire : Qualiopi : 40 heures par mois')
    expect(french.text).toContain('approuvez-le ou demandez des modifications')
    expect(french.text).toContain('Créneau : 05/01/2027 09:00')
    expect(french.text).toMatch(new RegExp(`https?://[^/\\s]+/admin/collections/posts/${id}\\b`))
    expect(french.html).toContain(`/admin/collections/posts/${id}"`)
    const english = mails.find((mail) => mail.to.includes('approver2@test.local'))!
    expect(english.subject).toBe('To review: Qualiopi : 40 heures par mois')
    expect(english.text).toContain('Slot: 05/01/2027 09:00')
    // Sent once: running the queue again sends nothing more.
    expect(await deliver()).toEqual([])
  })

  it('asks only the reviewer the author named, then tells the author of changes requested with the comment, then of the approval', async () => {
    const id = await draft({ reviewer: people.approver.user.id })
    expect((await patch(id, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    expect(recipientsOf(await deliver())).toEqual(['approver@test.local'])

    const comment = 'Citez la source du chiffre.'
    const sentBack = await patch(
      id,
      { status: 'changes_requested', reviewComment: comment },
      people.approver.token,
    )
    expect(sentBack.status, JSON.stringify(sentBack.body)).toBe(200)
    const [changes, ...others] = await deliver()
    expect(others).toEqual([])
    expect(changes.to).toEqual(['editor@test.local'])
    expect(changes.subject).toBe('Modifications demandées : Qualiopi : 40 heures par mois')
    expect(changes.text).toContain(`Commentaire du relecteur : ${comment}`)

    expect((await patch(id, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    expect(recipientsOf(await deliver())).toEqual(['approver@test.local'])
    expect((await patch(id, { status: 'approved' }, people.approver.token)).status).toBe(200)
    const approved = await deliver()
    expect(recipientsOf(approved)).toEqual(['editor@test.local'])
    expect(approved[0].subject).toBe('Approuvé : Qualiopi : 40 heures par mois')
  })

  it('respects each person’s choice to turn a kind of message off', async () => {
    const optOut = await rest({
      method: 'PATCH',
      path: `/users/${people.approver.user.id}`,
      body: { notifications: { review: false } },
      token: people.approver.token,
    })
    expect(optOut.status, JSON.stringify(optOut.body)).toBe(200)
    try {
      const id = await draft()
      expect((await patch(id, { status: 'in_review' }, people.editor.token)).status).toBe(200)
      expect(recipientsOf(await deliver())).toEqual(['admin@test.local', 'approver2@test.local'])
    } finally {
      await payload.update({
        collection: 'users',
        id: people.approver.user.id,
        data: { notifications: { review: true } },
      })
    }
  })

  it('sends nothing for a refused save, nor for a save rolled back after queueing its messages', async () => {
    const id = await draft()
    expect((await patch(id, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    await deliver()
    // The author may not approve their own post.
    expect((await patch(id, { status: 'approved' }, people.editor.token)).status).toBe(403)
    expect(await jobCount()).toBe(0)

    // A later hook fails once the messages are queued: the whole save, jobs included, is undone.
    const hooks = payload.collections.posts.config.hooks.afterChange
    const fail: CollectionAfterChangeHook = () => {
      throw new Error('after the messages were queued')
    }
    hooks.push(fail)
    try {
      const response = await patch(id, { status: 'approved' }, people.approver.token)
      expect(response.status).toBe(500)
    } finally {
      hooks.splice(hooks.indexOf(fail), 1)
    }
    expect(await jobCount()).toBe(0)
    expect(await deliver()).toEqual([])
    const stored = await payload.findByID({ collection: 'posts', id, draft: true })
    expect(stored.status).toBe('in_review')
  })

  it('tries a message the SMTP server refused again after a back-off, and delivers it once', async () => {
    const id = await draft({ reviewer: people.admin.user.id })
    smtp.state.refuseNext = 1
    expect((await patch(id, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    expect(await deliver()).toEqual([])
    expect(smtp.state.refused).toBeGreaterThanOrEqual(1)
    const [job] = (
      await payload.find({ collection: 'payload-jobs', where: { completedAt: { exists: false } } })
    ).docs
    expect(job.hasError).toBe(false)
    expect(job.totalTried).toBe(1)
    expect(Date.parse(String(job.waitUntil))).toBeGreaterThan(Date.now())
    // Not before its back-off.
    expect(await deliver()).toEqual([])
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    expect(recipientsOf(await deliver())).toEqual(['admin@test.local'])
    expect(await deliver()).toEqual([])
  })
})

describe('reviewer', () => {
  const refusedOnReviewer = (response: { status: number; body: any }) => {
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(JSON.stringify(response.body.errors)).toContain('"path":"reviewer"')
  }

  it('is an approver or admin, never the author', async () => {
    refusedOnReviewer(
      await rest({
        method: 'POST',
        path: '/posts',
        body: { ...compliantPost({ ids }), reviewer: people.secondEditor.user.id },
        token: people.editor.token,
      }),
    )
    const own = await rest({
      method: 'POST',
      path: '/posts',
      body: { ...compliantPost({ ids }), reviewer: people.authorApprover.user.id },
      token: people.authorApprover.token,
    })
    refusedOnReviewer(own)
  })

  it('is named by the author while writing, then changed by approvers only', async () => {
    const id = await draft()
    expect((await patch(id, { reviewer: people.approver.user.id }, people.editor.token)).status).toBe(200)
    expect((await patch(id, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    refusedOnReviewer(await patch(id, { reviewer: people.admin.user.id }, people.editor.token))
    // Anyone who may review can take the post.
    const taken = await patch(id, { reviewer: people.authorApprover.user.id }, people.authorApprover.token)
    expect(taken.status, JSON.stringify(taken.body)).toBe(200)
    const listed = await rest({
      method: 'GET',
      path: `/posts?depth=0&draft=true&where[status][equals]=in_review&where[reviewer][equals]=${people.authorApprover.user.id}`,
      token: people.authorApprover.token,
    })
    expect(listed.body.docs.map((doc: { id: number }) => doc.id)).toContain(id)
    await deliver()
  })
})

describe('deadlines', () => {
  const HOUR = 3_600_000
  const slot = () => Date.parse(compliantPost({ ids }).publishAt as string)
  const sweep = async (at: number) => {
    const { sendDeadlines } = await import('../../src/plugins/editorial-line/notifications/sendDeadlines')
    return sendDeadlines({ payload, now: new Date(at) })
  }
  const about = (title: string, mails: ReceivedMail[]) => mails.filter((mail) => mail.subject.endsWith(title))

  it('runs every minute on the queue the app runs', () => {
    const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'editorialLineDeadlines')
    expect(task?.schedule).toEqual([{ cron: '* * * * *', queue: 'default' }])
  })

  it('reminds the reviewer once of a post still in review a day before its slot, then sends it back when the slot comes', async () => {
    const title = 'Rappel : le créneau approche'
    const id = await draft({ title, reviewer: people.approver.user.id })
    expect((await patch(id, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    await deliver()

    expect(about(title, await (async () => (await sweep(slot() - 25 * HOUR), deliver()))())).toEqual([])
    await sweep(slot() - 12 * HOUR)
    const reminded = about(title, await deliver())
    expect(recipientsOf(reminded)).toEqual(['approver@test.local'])
    expect(reminded[0].subject).toBe(`Rappel, à approuver avant son créneau : ${title}`)
    expect(reminded[0].text).toContain(`/admin/collections/posts/${id}`)
    await sweep(slot() - 11 * HOUR)
    expect(about(title, await deliver())).toEqual([])

    await sweep(slot() + 60_000)
    const sentBack = about(title, await deliver())
    expect(recipientsOf(sentBack)).toEqual(['editor@test.local'])
    expect(sentBack[0].subject).toBe(`Créneau passé sans approbation : ${title}`)
    const stored = await payload.findByID({ collection: 'posts', id, draft: true, depth: 0 })
    expect(stored.status).toBe('changes_requested')
    expect(stored.reviewLog?.at(-1)).toMatchObject({
      from: 'in_review',
      to: 'changes_requested',
      by: null,
      comment: 'Le créneau est passé avant l’approbation : renvoyé à son auteur.',
    })
    await sweep(slot() + 120_000)
    expect(about(title, await deliver())).toEqual([])
  })

  it('warns the admins once of an approved post not reported published 2 hours after its slot', async () => {
    const title = 'Publication : le robot dort'
    const id = await draft({ title })
    expect((await patch(id, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    expect((await patch(id, { status: 'approved' }, people.approver.token)).status).toBe(200)
    await deliver()
    await sweep(slot() + HOUR)
    expect(about(title, await deliver())).toEqual([])
    await sweep(slot() + 3 * HOUR)
    const overdue = about(title, await deliver())
    expect(recipientsOf(overdue)).toEqual(['admin@test.local'])
    expect(overdue[0].subject).toBe(`Publication en retard : ${title}`)
    await sweep(slot() + 4 * HOUR)
    expect(about(title, await deliver())).toEqual([])
  })
})

describe('weekly digest', () => {
  const HOUR = 3_600_000
  // Monday 4 January 2027, 08:00 in the plan's timezone (Europe/Paris, UTC+1); the posts' slot is that Tuesday.
  const mondayEight = Date.parse('2027-01-04T07:00:00Z')
  const digests = async (at: number) => {
    const { sendDigests } = await import('../../src/plugins/editorial-line/notifications/sendDigests')
    return sendDigests({ payload, now: new Date(at) })
  }
  const digestMails = (mails: ReceivedMail[]) =>
    mails.filter((mail) => /^(Votre semaine éditoriale|Your editorial week)/.test(mail.subject))

  it('goes Monday 08:00 to each editor and approver who wants it, once, with the week’s posts and what waits for them', async () => {
    const toReview = 'Digest : à relire'
    const sentBack = 'Digest : à reprendre'
    const reviewed = await draft({ title: toReview, reviewer: people.approver.user.id })
    expect((await patch(reviewed, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    const reworked = await draft({ title: sentBack })
    expect((await patch(reworked, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    const back = await patch(
      reworked,
      { status: 'changes_requested', reviewComment: 'Plus court.' },
      people.approver.token,
    )
    expect(back.status).toBe(200)
    await deliver()
    const optOut = await rest({
      method: 'PATCH',
      path: `/users/${people.secondEditor.user.id}`,
      body: { notifications: { digest: false } },
      token: people.secondEditor.token,
    })
    expect(optOut.status, JSON.stringify(optOut.body)).toBe(200)

    // Not before Monday 08:00.
    expect(await digests(mondayEight - 60_000)).toEqual([])
    expect(digestMails(await deliver())).toEqual([])

    // Two sweeps at once (two servers): each person's digest is queued once.
    const [first, second] = await Promise.all([digests(mondayEight), digests(mondayEight + 1000)])
    expect(first.length + second.length).toBe(3)
    const mails = digestMails(await deliver())
    expect(recipientsOf(mails)).toEqual(['approver2@test.local', 'approver@test.local', 'editor@test.local'])

    const editor = mails.find((mail) => mail.to.includes('editor@test.local'))!
    expect(editor.subject).toBe('Votre semaine éditoriale du 04/01/2027')
    expect(editor.text).toContain(`05/01/2027 09:00 — ${toReview} (en relecture)`)
    expect(editor.text).toContain(`05/01/2027 09:00 — ${sentBack} (modifications demandées)`)
    expect(editor.text).toContain(
      `- ${sentBack} : modifications demandées : à reprendre puis renvoyer en relecture`,
    )
    expect(editor.text).toMatch(new RegExp(`/admin/collections/posts/${reworked}\\b`))
    expect(editor.text).not.toContain(`- ${toReview} : à relire`)

    const approver = mails.find((mail) => mail.to.includes('approver@test.local'))!
    expect(approver.text).toContain(`- ${toReview} : à relire`)
    expect(approver.text).toContain(`/admin/collections/posts/${reviewed}`)
    // Named to someone else: not waiting for the other approver, who reads English.
    const english = mails.find((mail) => mail.to.includes('approver2@test.local'))!
    expect(english.subject).toBe('Your editorial week of 04/01/2027')
    expect(english.text).toContain(`${toReview} (in review)`)
    expect(english.text).not.toContain(`- ${toReview}: to review`)

    // Later that Monday, nothing more; nor on Tuesday.
    expect(await digests(mondayEight + 2 * HOUR)).toEqual([])
    expect(await digests(mondayEight + 24 * HOUR)).toEqual([])
    expect(digestMails(await deliver())).toEqual([])
  })
})

describe('failed sends', () => {
  it('shows admins in the navigation a message that failed its last try, not while it is retried', async () => {
    const { loadFailedEmails } =
      await import('../../src/plugins/editorial-line/notifications/loadFailedEmails')
    const { ReviewQueueLink } =
      await import('../../src/plugins/editorial-line/workflow/components/ReviewQueueLink')
    const { renderToStaticMarkup } = await import('react-dom/server')
    const nav = async (user: unknown) =>
      renderToStaticMarkup(
        (await ReviewQueueLink({ i18n: { t: (key: string) => key }, payload, user } as never)) as never,
      )
    expect((await loadFailedEmails({ payload })).total).toBe(0)
    expect(await nav(people.admin.user)).not.toContain('data-failed-emails')

    const title = 'Relais SMTP en panne'
    const id = await draft({ title, reviewer: people.admin.user.id })
    smtp.state.refuseNext = 100
    expect((await patch(id, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    // Every try refused: the first, then each retry once its back-off has passed.
    for (let tries = 0; tries < 10; tries += 1) {
      expect(await deliver()).toEqual([])
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: { completedAt: { exists: false } },
      })
      if (docs.length === 0 || docs[0].hasError) break
      // Still retrying: not shown as failed yet.
      expect((await loadFailedEmails({ payload })).total).toBe(0)
      await payload.update({
        collection: 'payload-jobs',
        id: docs[0].id,
        data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      })
    }
    smtp.state.refuseNext = 0
    const failed = await loadFailedEmails({ payload })
    expect(failed.total).toBe(1)
    expect(failed.emails[0]).toMatchObject({ to: 'admin@test.local', subject: `À relire : ${title}` })
    expect(smtp.state.refused).toBeGreaterThanOrEqual(6)

    expect(await nav(people.admin.user)).toContain('data-failed-emails="1"')
    // Not for the others.
    expect(await nav(people.approver.user)).not.toContain('data-failed-emails')
    await payload.delete({ collection: 'payload-jobs', where: { hasError: { equals: true } } })
  })
})

describe('my tasks (home page)', () => {
  it('lists what is assigned to me, waits for my review, was sent back to me, and is due within 24 hours', async () => {
    const { loadMyTasks } = await import('../../src/plugins/editorial-line/home/loadMyTasks')
    const { createLocalReq } = await import('payload')
    const tasksOf = async (user: any, now: Date) => {
      const req = await createLocalReq({ user }, payload)
      const tasks = await loadMyTasks({ req, user, now })
      return Object.fromEntries(
        Object.entries(tasks).map(([list, posts]) => [list, posts.map((post) => post.id)]),
      ) as Record<keyof typeof tasks, (number | string)[]>
    }
    const named = await draft({ title: 'Tâches : nommé', reviewer: people.approver.user.id })
    expect((await patch(named, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    const open = await draft({ title: 'Tâches : ouvert' })
    expect((await patch(open, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    const back = await draft({ title: 'Tâches : renvoyé' })
    expect((await patch(back, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    expect(
      (await patch(back, { status: 'changes_requested', reviewComment: 'Non.' }, people.approver.token))
        .status,
    ).toBe(200)
    await deliver()

    const slot = Date.parse(compliantPost({ ids }).publishAt as string)
    const approver = await tasksOf(people.approver.user, new Date(slot - 12 * 3_600_000))
    expect(approver.assigned).toContain(named)
    expect(approver.waiting).toEqual(expect.arrayContaining([named, open]))
    expect(approver.dueSoon).toEqual(expect.arrayContaining([named, open]))
    expect(approver.sentBack).toEqual([])
    // Two days before the slot, nothing is due yet.
    expect((await tasksOf(people.approver.user, new Date(slot - 48 * 3_600_000))).dueSoon).toEqual([])

    // Named to the other approver: not waiting for this one.
    const other = await tasksOf(people.authorApprover.user, new Date(slot - 12 * 3_600_000))
    expect(other.waiting).toContain(open)
    expect(other.waiting).not.toContain(named)
    expect(other.assigned).not.toContain(named)

    const editor = await tasksOf(people.editor.user, new Date(slot - 12 * 3_600_000))
    expect(editor.sentBack).toContain(back)
    expect(editor.sentBack).not.toContain(open)
    expect(editor).toMatchObject({ assigned: [], waiting: [], dueSoon: [] })
  })
})

describe('two runners', () => {
  it('sends a message once when two runners pick its job at the same time', async () => {
    const title = 'Deux coureurs'
    const id = await draft({ title, reviewer: people.approver.user.id })
    expect((await patch(id, { status: 'in_review' }, people.editor.token)).status).toBe(200)
    const before = smtp.received.length
    // Payload's runners claim jobs with a read then a write: both read the job before either claims it.
    // A runner that loses the race may also fail inside Payload (its update of a job the winner has
    // already completed and deleted reads back nothing: "Cannot read properties of null"); that is
    // Payload's runner, not a message. What counts is what reached the SMTP server.
    const runs = await Promise.allSettled([payload.jobs.run(), payload.jobs.run(), payload.jobs.run()])
    expect(runs.some((run) => run.status === 'fulfilled')).toBe(true)
    for (const run of runs) {
      if (run.status === 'rejected') expect(String(run.reason)).toMatch(/Cannot read properties of null/)
    }
    await payload.jobs.run()
    const mails = smtp.received.slice(before).filter((mail) => mail.subject.endsWith(title))
    expect(recipientsOf(mails)).toEqual(['approver@test.local'])
  })
})
