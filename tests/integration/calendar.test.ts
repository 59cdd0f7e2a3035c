import type { Payload } from 'payload'

import ICAL from 'ical.js'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { seedEditorialLine } from 'payload-plugin-editorial-line'
import { qaliaEditorialLine } from 'payload-plugin-editorial-line/qalia'
import { editorialLineIds, type EditorialLineIds } from '../helpers/editorialLine'
import { startPayload } from '../helpers/payload'
import { createUserAndLogin } from '../helpers/users'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let editorToken: string

/** The rules read this as "now": every 2026 date is ahead. */
const CLOCK = '2025-12-15T09:00:00.000Z'

let ids: EditorialLineIds

type Seeded = { id: number; title: string; publishAt: string }
const posts: Record<string, Seeded> = {}

/** A post through the Local API with full access, as an import script would write it. */
const createPost = async ({
  name,
  target,
  message,
  status,
  publishAt,
  channel = 'linkedin',
  format = 'case-study',
  title,
  publishedUrl,
}: {
  name: string
  target: 'coachs' | 'of'
  message: string
  status: string
  publishAt: string
  channel?: string
  format?: string
  title: string
  publishedUrl?: string
}) => {
  const doc = await payload.create({
    collection: 'posts',
    data: {
      title,
      body: {
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [`Corps de « ${title} ».`, 'Deuxième paragraphe.'].map((text) => ({
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
          })),
        },
      },
      target: ids.targets[target],
      phase: ids.phases[`${target}.decision`],
      message: ids.messages[message],
      format,
      channel: ids.channels[channel],
      publishAt,
      status,
      ...(publishedUrl ? { publishedUrl } : {}),
    } as never,
    context: { editorialLineNow: CLOCK },
  })
  posts[name] = { id: doc.id, title, publishAt: new Date(publishAt).toISOString() }
}

/** The feed as an HTTP client gets it: the response text and headers (the REST helper reads JSON only). */
const feed = async ({
  query = '',
  token,
  language,
}: { query?: string; token?: string; language?: string } = {}) => {
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `JWT ${token}`
  if (language) headers['accept-language'] = language
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(`http://localhost/api/posts/calendar.ics${query}`, { headers }),
    // The first Payload of a test file takes the default key (see startPayload).
    payloadInstanceCacheKey: 'default',
  })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

const eventsOf = (text: string) => {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
}

// The feed is asked from http://localhost and the test config sets no serverURL: the UIDs name that host.
const uid = (name: string) => `post-${posts[name].id}@localhost`
const uids = (text: string) => eventsOf(text).map((event) => event.uid)

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  await seedEditorialLine({ payload, line: qaliaEditorialLine })
  // The feed's posts are decisions at any hour: here the newsletter takes them, any format, any time.
  const newsletter = (await payload.find({ collection: 'channels', where: { slug: { equals: 'newsletter' } } }))
    .docs[0]
  await payload.update({
    collection: 'channels',
    id: newsletter.id,
    data: { name: 'Newsletter', formats: [], timing: { days: [], start: null, end: null }, maxPostsPerMonth: null },
  })
  ;({ token: editorToken } = await createUserAndLogin({
    payload,
    rest,
    email: 'editor@example.com',
    roles: ['editor'],
  }))
  ids = await editorialLineIds({ payload })
  for (const target of ['of', 'coachs']) {
    await payload.update({
      collection: 'phases',
      id: ids.phases[`${target}.decision`],
      data: { channels: [ids.channels.linkedin, ids.channels.newsletter] },
    })
  }

  // Late March, around the change to summer time (Sunday 29 March, 02:00 → 03:00).
  await createPost({
    name: 'march',
    target: 'of',
    message: 'of.decision.3',
    status: 'approved',
    publishAt: paris('2026-03-31 10:00'),
    title:
      'Trois weekends en famille récupérés : l’ingénierie pédagogique préparée en deux heures, témoignage détaillé',
  })
  await createPost({
    name: 'afterSpringChange',
    target: 'of',
    message: 'of.decision.1',
    status: 'approved',
    format: 'comparison',
    channel: 'newsletter',
    publishAt: '2026-03-29T01:30:00.000Z', // 03:30 CEST
    title: 'Moins de 300 € par mois, le calcul',
  })
  // Late October and November, around the change back (Sunday 25 October, 03:00 → 02:00).
  await createPost({
    name: 'october',
    target: 'coachs',
    message: 'coachs.decision.1',
    status: 'published',
    publishAt: paris('2026-10-24 09:00'),
    publishedUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:42',
    title: 'Coachs : trois weekends récupérés',
  })
  await createPost({
    name: 'repeatedHour',
    target: 'of',
    message: 'of.decision.2',
    status: 'approved',
    publishAt: '2026-10-25T01:30:00.000Z', // 02:30 CET, the second time the clocks show 02:30
    title: 'Une ingénierie en mangeant un carry',
  })
  await createPost({
    name: 'november',
    target: 'of',
    message: 'of.decision.1',
    status: 'approved',
    channel: 'newsletter',
    publishAt: paris('2026-11-03 09:00'),
    title: 'Le comparatif de novembre',
  })
  // Not in the feed, whoever asks.
  await createPost({
    name: 'draft',
    target: 'of',
    message: 'of.decision.1',
    status: 'draft',
    publishAt: paris('2026-04-02 09:00'),
    title: 'Brouillon',
  })
  await createPost({
    name: 'inReview',
    target: 'of',
    message: 'of.decision.2',
    status: 'in_review',
    publishAt: paris('2026-04-03 09:00'),
    title: 'En relecture',
  })
  // Inside the default window whenever the suite runs.
  const soon = new Date(Date.now() + 30 * 86_400_000)
  soon.setUTCHours(8, 0, 0, 0)
  await createPost({
    name: 'soon',
    target: 'of',
    message: 'of.decision.3',
    status: 'approved',
    publishAt: soon.toISOString(),
    title: 'Bientôt',
  })
})
afterAll(async () => stop?.())

const ALL_PUBLIC = ['afterSpringChange', 'march', 'october', 'repeatedHour', 'november', 'soon']

describe('GET /api/posts/calendar.ics', () => {
  it('answers anonymous callers with a calendar, not the post "calendar.ics" by id', async () => {
    const { status, headers, text } = await feed({ query: '?from=2026-01-01' })
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(headers.get('content-disposition')).toBe('inline; filename="posts.ics"')
    expect(headers.get('cache-control')).toMatch(/max-age=\d+/)
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
  })

  it('has one event per approved or published post, in publication order, none for the others', async () => {
    const { text } = await feed({ query: '?from=2026-01-01' })
    expect(uids(text)).toEqual(ALL_PUBLIC.map(uid))
    for (const name of ['draft', 'inReview']) expect(text).not.toContain(uid(name))
  })

  it('gives each event its title, and a start that the feed’s own VTIMEZONE turns into publishAt', async () => {
    const { text } = await feed({ query: '?from=2026-01-01' })
    expect(ICAL.TimezoneService.has('Europe/Paris')).toBe(false)
    const calendar = new ICAL.Component(ICAL.parse(text))
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Paris')
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Paris')
    const events = eventsOf(text)
    for (const name of ALL_PUBLIC) {
      const event = events.find((candidate) => candidate.uid === uid(name))!
      expect(event.summary).toBe(posts[name].title)
      expect(event.startDate.toJSDate().toISOString()).toBe(posts[name].publishAt)
    }
    const zoneOf = (name: string) => events.find((event) => event.uid === uid(name))!.startDate.zone.tzid
    expect(zoneOf('march')).toBe('Europe/Paris')
    expect(zoneOf('november')).toBe('Europe/Paris')
    expect(zoneOf('repeatedHour')).toBe('UTC')
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20260331T100000')
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20260329T033000')
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20261024T090000')
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20261103T090000')
  })

  it('describes the post with translated labels and its body, its target as category, its URL once out', async () => {
    const events = eventsOf((await feed({ query: '?from=2026-01-01' })).text)
    const byName = (name: string) => events.find((event) => event.uid === uid(name))!
    const spring = byName('afterSpringChange')
    expect(spring.description).toContain('Cible : Formateurs OF (Organismes de Formation)')
    expect(spring.description).toContain('Phase : OF — Decision')
    expect(spring.description).toContain('Message clé : Pour moins de 300€, une ingénierie complète')
    expect(spring.description).toContain('Canal : Newsletter')
    expect(spring.description).toContain(
      '\n\nCorps de « Moins de 300 € par mois, le calcul ».\n\nDeuxième paragraphe.',
    )
    expect(spring.component.getFirstProperty('categories')!.getValues()).toEqual([
      'Formateurs OF (Organismes de Formation)',
    ])
    expect(spring.component.getFirstPropertyValue('url')).toBeNull()
    expect(byName('october').component.getFirstPropertyValue('url')).toBe(
      'https://www.linkedin.com/feed/update/urn:li:activity:42',
    )
    expect(byName('march').duration.toString()).toBe('PT30M')

    const english = eventsOf((await feed({ query: '?from=2026-01-01', language: 'en' })).text)
    const springInEnglish = english.find((event) => event.uid === uid('afterSpringChange'))!
    expect(springInEnglish.description).toContain('Channel: Newsletter')
    expect(springInEnglish.description).toContain('Key message: Pour moins de 300€')
  })

  it('filters by target, given by slug or by id', async () => {
    expect(uids((await feed({ query: '?from=2026-01-01&target=coachs' })).text)).toEqual([uid('october')])
    expect(uids((await feed({ query: `?from=2026-01-01&target=${ids.targets.of}` })).text)).toEqual(
      ['afterSpringChange', 'march', 'repeatedHour', 'november', 'soon'].map(uid),
    )
    expect(uids((await feed({ query: '?from=2026-01-01&target=auditeurs' })).text)).toEqual([])
  })

  it('filters by channel', async () => {
    expect(uids((await feed({ query: '?from=2026-01-01&channel=newsletter' })).text)).toEqual(
      ['afterSpringChange', 'november'].map(uid),
    )
  })

  it('takes a window of dates, whole days in the plan timezone', async () => {
    expect(uids((await feed({ query: '?from=2026-10-24&to=2026-10-25' })).text)).toEqual(
      ['october', 'repeatedHour'].map(uid),
    )
    expect(uids((await feed({ query: '?from=2026-03-31' })).text)).not.toContain(uid('afterSpringChange'))
  })

  it('starts 90 days back by default', async () => {
    const found = uids((await feed()).text)
    expect(found).toContain(uid('soon'))
    expect(found).not.toContain(uid('march'))
  })

  it('shows logged-in staff approved and published posts only, too', async () => {
    const { status, text } = await feed({ query: '?from=2026-01-01', token: editorToken })
    expect(status).toBe(200)
    expect(uids(text)).toEqual(ALL_PUBLIC.map(uid))
  })

  it.each([
    ['from=zzz', 'fr', 'Donnez « from » comme une date ISO'],
    ['from=2026-02-30', 'fr', 'date ISO'],
    ['from=2026-03-02&to=2026-03-01', 'fr', 'finit avant de commencer'],
    ['channel=tiktok', 'fr', 'Canal inconnu « tiktok » : utilisez linkedin, newsletter.'],
    ['target=nope', 'fr', 'Aucune cible ne correspond à « nope »'],
    ['target[]=of&target[]=coachs', 'fr', 'une seule fois'],
    ['from=zzz', 'en', 'Give “from” as an ISO date'],
    ['channel=tiktok', 'en', 'Unknown channel “tiktok”'],
  ])('refuses ?%s with a 400 and a clear message (%s)', async (query, language, words) => {
    const { status, body } = await rest({ method: 'GET', path: `/posts/calendar.ics?${query}`, language })
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain(words)
  })
})
