import type { Browser, BrowserContext, Page } from 'playwright-core'

import { TZDate } from '@date-fns/tz'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { startProductionServer } from './server'

const screenshots = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const timezone = 'Europe/Paris'

/** The mix view's group colours, as the browser computes them. */
const GROUP_RGB: Record<string, string> = {
  of: 'rgb(21, 101, 192)',
  coachs: 'rgb(46, 125, 50)',
  auditeurs: 'rgb(239, 108, 0)',
  autres: 'rgb(106, 27, 154)',
}

let baseURL: string
let stopServer: () => Promise<void>
let browser: Browser
let page: Page

type Shown = { id: string; status: string; group: string; day: string; time: string; title: string }

/** The posts a calendar page shows, in page order, each with the day it sits on. */
const shownPosts = (view: 'month' | 'week'): Promise<Shown[]> =>
  page.locator(`[data-view="${view}"] [data-post-id]`).evaluateAll((links) =>
    links.map((link) => ({
      id: link.getAttribute('data-post-id')!,
      status: link.getAttribute('data-status')!,
      group: link.getAttribute('data-group')!,
      day: link.closest('[data-day]')!.getAttribute('data-day')!,
      time: link.getAttribute('data-time')!,
      title: (link.querySelector('[data-field="title"]') as HTMLElement).innerText,
    })),
  )

const pad = (value: number) => String(value).padStart(2, '0')

/** Local day and time in Paris of an instant. */
const paris = (instant: string) => {
  const local = new TZDate(new Date(instant).getTime(), timezone)
  return {
    day: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    time: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
  }
}

/** The same posts from the REST API (latest versions, with the page's login), dated in `[from, to)`. */
const restPosts = async ({ from, to }: { from: string; to: string }): Promise<Shown[]> => {
  const query = new URLSearchParams({
    draft: 'true',
    depth: '1',
    limit: '100',
    sort: 'publishAt',
    'where[publishAt][greater_than_equal]': from,
    'where[publishAt][less_than]': to,
  })
  const response = await page.request.get(`${baseURL}/api/posts?${query}`)
  expect(response.status()).toBe(200)
  const { docs } = await response.json()
  return docs.map((post: Record<string, any>) => ({
    id: String(post.id),
    status: post.status,
    group: post.target.mixGroup,
    ...paris(post.publishAt),
    title: post.title,
  }))
}

const logIn = async ({ context, email }: { context: BrowserContext; email: string }) => {
  const response = await context.request.post(`${baseURL}/api/users/login`, {
    data: { email, password: 'demo-password' },
  })
  expect(response.status()).toBe(200)
}

beforeAll(async () => {
  ;({ baseURL, stop: stopServer } = await startProductionServer())
  browser = await launchBrowser()
  page = await browser.newPage({
    locale: 'fr-FR',
    timezoneId: timezone,
    viewport: { width: 1400, height: 1100 },
  })
  mkdirSync(screenshots, { recursive: true })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stopServer?.()
})

describe('the calendar in the admin, in Chromium, against the production build', () => {
  it('sends an anonymous visitor to the login page, and back to the calendar after logging in', async () => {
    await page.goto(`${baseURL}/admin/calendar?view=month&date=2026-03-01`)
    await page.waitForURL(/\/admin\/login/)
    expect(new URL(page.url()).searchParams.get('redirect')).toBe(
      '/admin/calendar?view=month&date=2026-03-01',
    )
    await page.fill('input[name="email"]', 'editor@qalia.local')
    await page.fill('input[name="password"]', 'demo-password')
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/calendar/)
    await page.locator('[data-view="month"]').waitFor()
  })

  it('shows the demo editor the posts of March 2026 as the REST API lists them, coloured by group', async () => {
    await page.goto(`${baseURL}/admin/calendar?view=month&date=2026-03-01`)
    await expect(page.locator('h1').first().innerText()).resolves.toBe('Calendrier')
    const heading = page.locator('[data-range-view]')
    await expect(heading.innerText()).resolves.toBe('Mars 2026')
    await expect(heading.getAttribute('data-first')).resolves.toBe('2026-03-01')

    const shown = await shownPosts('month')
    const expected = await restPosts({ from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' })
    expect(shown).toEqual(expected)
    expect(shown).toHaveLength(7)
    expect(new Set(shown.map((post) => post.group))).toEqual(new Set(['of', 'auditeurs', 'coachs']))
    await expect(page.locator('[data-field="count"]').innerText()).resolves.toBe('7 posts')
    // The leading days of February and trailing days of April show no posts.
    await expect(page.locator('[data-in-range="false"] [data-post-id]').count()).resolves.toBe(0)

    for (const post of shown) {
      const link = page.locator(`[data-view="month"] [data-post-id="${post.id}"]`)
      await expect(link.evaluate((element) => getComputedStyle(element).borderLeftColor)).resolves.toBe(
        GROUP_RGB[post.group],
      )
      await expect(link.locator('[data-status-badge]').innerText()).resolves.toBe('Publié')
      await expect(link.getAttribute('href')).resolves.toBe(`/admin/collections/posts/${post.id}`)
    }
    await expect(page.locator('[data-legend-group]').count()).resolves.toBe(4)
    await page.screenshot({ path: path.join(screenshots, 'calendar-2026-03.png'), fullPage: true })
  })

  it('opens a post from the calendar', async () => {
    const first = page.locator('[data-view="month"] [data-post-id]').first()
    const id = await first.getAttribute('data-post-id')
    await first.click()
    await page.waitForURL(new RegExp(`/admin/collections/posts/${id}$`))
    await page.locator('#field-title').waitFor()
  })

  it('goes to the next month and back', async () => {
    await page.goto(`${baseURL}/admin/calendar?view=month&date=2026-03-01`)
    await page.click('[data-nav="next"]')
    await page.waitForURL(/date=2026-04-01/)
    expect(await shownPosts('month')).toEqual(
      await restPosts({ from: '2026-04-01T00:00:00+02:00', to: '2026-05-01T00:00:00+02:00' }),
    )
    await page.click('[data-nav="previous"]')
    await page.waitForURL(/date=2026-03-01/)
    await expect(page.locator('[data-range-view]').getAttribute('data-first')).resolves.toBe('2026-03-01')
  })

  it('switches to the week of 10 March, the OF window shaded on Tuesday and Thursday 08:30–09:30', async () => {
    await page.click('[data-week-link="2026-03-10"]')
    await page.waitForURL(/view=week&date=2026-03-10/)
    await expect(page.locator('[data-range-view]').getAttribute('data-first')).resolves.toBe('2026-03-09')
    await expect(page.locator('[data-switch="week"]').getAttribute('aria-current')).resolves.toBe('page')

    const shown = await shownPosts('week')
    expect(shown).toEqual(
      await restPosts({ from: '2026-03-09T00:00:00+01:00', to: '2026-03-16T00:00:00+01:00' }),
    )
    expect(shown.map((post) => [post.day, post.time, post.group])).toEqual([
      ['2026-03-10', '14:00', 'of'],
      ['2026-03-11', '10:30', 'auditeurs'],
      ['2026-03-14', '10:00', 'coachs'],
    ])

    const windows = await page.locator('[data-window][data-group="of"]').evaluateAll((bands) =>
      bands.map((band) => ({
        day: band.closest('[data-day]')!.getAttribute('data-day'),
        start: band.getAttribute('data-start'),
        end: band.getAttribute('data-end'),
      })),
    )
    expect(windows).toEqual([
      { day: '2026-03-10', start: '08:30', end: '09:30' },
      { day: '2026-03-12', start: '08:30', end: '09:30' },
    ])
    // Drawn where the clock says: the column starts at 07:00, 48 px an hour.
    const column = (await page.locator('[data-view="week"] [data-day="2026-03-10"]').boundingBox())!
    const band = (await page.locator('[data-day="2026-03-10"] [data-window][data-group="of"]').boundingBox())!
    expect(band.y - column.y).toBeCloseTo(1.5 * 48, 0)
    expect(band.height).toBeCloseTo(48, 0)
    const post = (await page.locator(`[data-view="week"] [data-post-id="${shown[0].id}"]`).boundingBox())!
    expect(post.y - column.y).toBeCloseTo(7 * 48, 0)
    await expect(
      page
        .locator('[data-day="2026-03-11"] [data-window][data-group="auditeurs"]')
        .getAttribute('data-start'),
    ).resolves.toBe('10:00')
    await page.screenshot({ path: path.join(screenshots, 'calendar-2026-03-week.png'), fullPage: true })

    await page.click('[data-switch="month"]')
    await page.waitForURL(/view=month&date=2026-03-10/)
    await page.locator('[data-view="month"]').waitFor()
  })

  it('filters April 2026 by channel from the menu, keeps the filter in its links, and marks each channel in its colour', async () => {
    await page.goto(`${baseURL}/admin/calendar?view=month&date=2026-04-01`)
    const all = await shownPosts('month')
    const channelOf = async (id: string) =>
      page.locator(`[data-view="month"] [data-post-id="${id}"]`).getAttribute('data-channel')
    const channels = await Promise.all(all.map((post) => channelOf(post.id)))
    expect(new Set(channels)).toEqual(new Set(['linkedin', 'newsletter']))
    // The legend lists the line's channels; the two marks differ in colour.
    await expect(page.locator('[data-legend-channel]').count()).resolves.toBe(2)
    const markColour = (slug: string) =>
      page
        .locator(`[data-view="month"] [data-channel="${slug}"] .el-channel-mark`)
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor)
    expect(await markColour('linkedin')).not.toBe(await markColour('newsletter'))

    await page.selectOption('select[data-filter="channel"]', 'newsletter')
    await page.click('.el-toolbar__form button[type="submit"]')
    await page.waitForURL(/channel=newsletter/)
    const newsletter = await shownPosts('month')
    const expected = all.filter((_, index) => channels[index] === 'newsletter')
    expect(newsletter).toEqual(expected)
    expect(newsletter.length).toBeGreaterThan(0)
    expect(newsletter.length).toBeLessThan(all.length)
    // The next month keeps the channel.
    await page.click('[data-nav="next"]')
    await page.waitForURL(/date=2026-05-01/)
    expect(new URL(page.url()).searchParams.get('channel')).toBe('newsletter')
    await expect(page.locator('select[data-filter="channel"]').inputValue()).resolves.toBe('newsletter')
    for (const post of await shownPosts('month')) await expect(channelOf(post.id)).resolves.toBe('newsletter')
    // And so does a week opened from the month.
    const week = page.locator('[data-week-link]').first()
    expect(new URL((await week.getAttribute('href'))!, baseURL).searchParams.get('channel')).toBe('newsletter')
  })

  it('says what it did with a date or view it cannot read, and shows the current month', async () => {
    await page.goto(`${baseURL}/admin/calendar?view=year&date=2026-02-30`)
    await expect(page.locator('[data-notice="bad-view"]').innerText()).resolves.toContain('« year »')
    await expect(page.locator('[data-notice="bad-date"]').innerText()).resolves.toContain('« 2026-02-30 »')
    const today = paris(new Date().toISOString()).day
    await expect(page.locator('[data-range-view]').getAttribute('data-first')).resolves.toBe(
      `${today.slice(0, 7)}-01`,
    )
    await page.locator('[data-view="month"]').waitFor()
  })

  it('links the view from the admin navigation', async () => {
    await page.goto(`${baseURL}/admin`)
    const link = page.locator('#nav-editorial-calendar')
    await expect(link.getAttribute('href')).resolves.toBe('/admin/calendar')
    await expect(link.innerText()).resolves.toBe('Calendrier')
  })

  it('shows a new post as a draft, then as approved once an approver approved it', async () => {
    // A Tuesday at least two weeks ahead, 08:45 in Paris: inside the OF awareness window.
    let day = new TZDate(Date.now() + 14 * 86_400_000, timezone)
    while (day.getDay() !== 2) day = new TZDate(day.getTime() + 86_400_000, timezone)
    const publishAt = new Date(
      new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), 8, 45, timezone).getTime(),
    ).toISOString()
    const { day: date } = paris(publishAt)
    const get = async (url: string) => (await (await page.request.get(`${baseURL}${url}`)).json()).docs[0]
    const target = await get('/api/targets?where[slug][equals]=of')
    const phase = await get(`/api/phases?where[target][equals]=${target.id}&where[key][equals]=awareness`)
    const message = await get(`/api/messages?where[phase][equals]=${phase.id}&where[status][equals]=active`)
    const created = await page.request.post(`${baseURL}/api/posts`, {
      data: {
        title: 'Calendrier : un post en route',
        target: target.id,
        phase: phase.id,
        message: message.id,
        format: 'text',
        publishAt,
      },
    })
    expect(created.status()).toBe(201)
    const { doc } = await created.json()
    const statusShown = async () => {
      await page.goto(`${baseURL}/admin/calendar?view=week&date=${date}`)
      const link = page.locator(`[data-view="week"] [data-post-id="${doc.id}"]`)
      await expect(
        link.evaluate((element) => element.closest('[data-day]')!.getAttribute('data-day')),
      ).resolves.toBe(date)
      return link.getAttribute('data-status')
    }
    await expect(statusShown()).resolves.toBe('draft')

    const submitted = await page.request.patch(`${baseURL}/api/posts/${doc.id}`, {
      data: { status: 'in_review' },
    })
    expect(submitted.status()).toBe(200)
    await expect(statusShown()).resolves.toBe('in_review')

    const approver = await browser.newContext()
    await logIn({ context: approver, email: 'approver@qalia.local' })
    const approved = await approver.request.patch(`${baseURL}/api/posts/${doc.id}`, {
      data: { status: 'approved' },
    })
    expect(approved.status()).toBe(200)
    await approver.close()
    await expect(statusShown()).resolves.toBe('approved')
    await expect(page.locator(`[data-post-id="${doc.id}"] [data-status-badge]`).innerText()).resolves.toBe(
      'Approuvé',
    )
  })

  // Custom views skip Payload's admin access check: a publisher with a password reaches this one.
  it('tells a logged-in user outside the editorial team that the calendar is not theirs', async () => {
    const admin = await browser.newContext()
    await logIn({ context: admin, email: 'admin@qalia.local' })
    const created = await admin.request.post(`${baseURL}/api/users`, {
      data: { email: 'robot@qalia.local', password: 'demo-password', name: 'Robot', roles: ['publisher'] },
    })
    expect(created.status()).toBe(201)
    await admin.close()
    const outsider = await browser.newContext({ locale: 'fr-FR' })
    await logIn({ context: outsider, email: 'robot@qalia.local' })
    const outsiderPage = await outsider.newPage()
    await outsiderPage.goto(`${baseURL}/admin/calendar`)
    await expect(outsiderPage.locator('[data-notice="not-allowed"]').innerText()).resolves.toContain(
      'réservé à l’équipe éditoriale',
    )
    await expect(outsiderPage.locator('[data-post-id]').count()).resolves.toBe(0)
    await outsider.close()
  })

  it('speaks English to an English browser', async () => {
    const english = await browser.newContext({
      locale: 'en-GB',
      timezoneId: timezone,
      viewport: { width: 1400, height: 1100 },
    })
    await english.addCookies(await page.context().cookies())
    const englishPage = await english.newPage()
    await englishPage.goto(`${baseURL}/admin/calendar?view=week&date=2026-03-10`)
    await expect(englishPage.locator('h1').first().innerText()).resolves.toBe('Calendar')
    await expect(englishPage.locator('[data-range-view]').innerText()).resolves.toBe(
      'March 9\u2009–\u200915, 2026',
    )
    await expect(englishPage.locator('[data-day-header="2026-03-10"]').innerText()).resolves.toBe(
      'Tue, Mar 10',
    )
    await expect(englishPage.locator('[data-switch="week"]').innerText()).resolves.toBe('Week')
    await expect(englishPage.locator('[data-switch="month"]').innerText()).resolves.toBe('Month')
    await expect(englishPage.locator('[data-nav="next"]').innerText()).resolves.toBe('Next week →')
    await expect(
      englishPage.locator('[data-view="week"] [data-post-id] [data-status-badge]').first().innerText(),
    ).resolves.toBe('Published')
    await expect(englishPage.locator('[data-legend]').innerText()).resolves.toContain(
      'Tue, Thu · 08:30–09:30',
    )
    await englishPage.goto(`${baseURL}/admin/calendar?view=month&date=nonsense`)
    await expect(englishPage.locator('[data-notice="bad-date"]').innerText()).resolves.toContain(
      'is not a date written YYYY-MM-DD',
    )
    await expect(englishPage.locator('#nav-editorial-calendar').innerText()).resolves.toBe('Calendar')
    await english.close()
    console.log(`Screenshots of the calendar: ${screenshots}`)
  })
})
