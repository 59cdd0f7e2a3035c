import type { Browser, Page } from 'playwright-core'

import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { startProductionServer } from './server'
import { logIn, openAdminPage } from './session'

const screenshots = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

let baseURL: string
let stopServer: () => Promise<void>
let browser: Browser
let page: Page

/** axe-core's WCAG 2 A and AA rules on the part of the page the plugin draws: the violations, by rule. */
const accessibilityViolations = async (...selectors: string[]) => {
  await page.addScriptTag({ path: axePath })
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: any }).axe
    const result = await axe.run(
      { include: include.map((selector) => [selector]) },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    )
    return result.violations.map((violation: any) => ({
      id: violation.id,
      nodes: violation.nodes.map((node: any) => node.target.join(' ')),
    }))
  }, selectors)
}

/** What the endpoint says, with the page's login cookie. */
const api = async (pathAndQuery: string) => {
  const response = await page.request.get(`${baseURL}/api${pathAndQuery}`)
  expect(response.status(), pathAndQuery).toBe(200)
  return response.json()
}

beforeAll(async () => {
  ;({ baseURL, stop: stopServer } = await startProductionServer())
  browser = await launchBrowser()
  page = await openAdminPage({ browser })
  mkdirSync(screenshots, { recursive: true })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stopServer?.()
})

describe('the editorial team’s home page, in Chromium, against the production build', () => {
  it('shows the editor the month’s mix, the review queue and the journey coverage, with a flagged empty phase', async () => {
    await logIn({ page, baseURL, email: 'editor@qalia.local' })
    await page.goto(`${baseURL}/admin?month=2026-03`)
    await page.locator('[data-home-page]').waitFor()

    // The mix: the endpoint's shares and verdicts, group by group.
    const mix = await api('/posts/mix?month=2026-03')
    const gauges = await page.locator('[data-home="mix"] li[data-group]').evaluateAll((items) =>
      items.map((item) => ({
        group: item.getAttribute('data-group'),
        verdict: item.getAttribute('data-verdict'),
        share: Number(item.querySelector('[data-share]')!.getAttribute('data-share')),
      })),
    )
    expect(gauges).toEqual(
      mix.groups.map((group: any) => ({
        group: group.group,
        verdict: group.verdict,
        share: group.committedShare,
      })),
    )

    // The queue: how many wait, and the oldest three, as the posts list has them.
    const queue = await api('/posts?where[status][equals]=in_review&sort=createdAt&limit=3&depth=0')
    await expect(page.locator('[data-queue-total]').getAttribute('data-queue-total')).resolves.toBe(
      String(queue.totalDocs),
    )
    expect(queue.totalDocs).toBeGreaterThan(0)
    await expect(
      page
        .locator('[data-queue-post]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-queue-post'))),
    ).resolves.toEqual(queue.docs.map((post: any) => String(post.id)))

    // The coverage: each cell's count is the posts list's, and some phase in season has none.
    const committed = await api(
      '/posts?where[status][in]=approved,published&where[publishAt][greater_than_equal]=2026-02-28T23:00:00.000Z&where[publishAt][less_than]=2026-03-31T22:00:00.000Z&limit=0&depth=0',
    )
    const cells = await page.locator('[data-coverage] td[data-phase-key]').evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector('a')?.getAttribute('href') ?? null,
        posts: Number(item.getAttribute('data-posts')),
        gap: item.getAttribute('data-gap') === 'true',
        inSeason: item.getAttribute('data-in-season') === 'true',
      })),
    )
    for (const cell of cells.filter((candidate) => candidate.href)) {
      const phase = cell.href!.match(/where\[phase\]\[equals\]=(\d+)/)![1]
      expect(cell.posts).toBe(committed.docs.filter((post: any) => String(post.phase) === phase).length)
    }
    expect(cells.reduce((sum, cell) => sum + cell.posts, 0)).toBe(committed.totalDocs)
    const gaps = cells.filter((cell) => cell.gap)
    expect(gaps.length).toBeGreaterThan(0)
    expect(gaps.every((cell) => cell.inSeason && cell.posts === 0)).toBe(true)
    await expect(page.locator('[data-gap="true"]').first().innerText()).resolves.toContain('aucun')

    await page.screenshot({ path: path.join(screenshots, 'home.png'), fullPage: true })
  })

  it('passes axe-core’s WCAG 2 A/AA rules', async () => {
    expect(await accessibilityViolations('[data-home-page]')).toEqual([])
  })

  it('shows the anonymous visitor the login page instead', async () => {
    const anonymous = await browser.newContext()
    const visitor = await anonymous.newPage()
    await visitor.goto(`${baseURL}/admin`)
    await visitor.waitForURL(/\/admin\/login/)
    expect(await visitor.locator('[data-home-page]').count()).toBe(0)
    await anonymous.close()
  })
})

describe('/admin/results', () => {
  it('shows the endpoint’s figures per phase, each beside its objective, with a chart and the CSV', async () => {
    await page.goto(`${baseURL}/admin/results?from=2026-01&to=2026-06&groupBy=phase`)
    await page.locator('table[data-results="phase"]').waitFor()
    const json = await api('/posts/results?from=2026-01&to=2026-06&groupBy=phase')
    expect(json.groups.length).toBeGreaterThan(3)
    const rows = await page.locator('table[data-results] tbody tr').evaluateAll((items) =>
      items.map((item) => ({
        key: item.getAttribute('data-group-key'),
        posts: Number(item.querySelector('[data-field="posts"]')!.textContent),
        engagementRate: Number(
          item.querySelector('[data-field="engagementRate"]')!.getAttribute('data-value'),
        ),
        objective: item.querySelector('[data-objective]')!.textContent,
      })),
    )
    expect(rows.map(({ key, posts, engagementRate }) => ({ key, posts, engagementRate }))).toEqual(
      json.groups.map((group: any) => ({
        key: group.key,
        posts: group.posts,
        engagementRate: group.engagementRate,
      })),
    )
    // Each phase beside its objective from the brief (the seed gives some phases one).
    const phases = await api('/phases?limit=0&depth=0')
    const objectiveOf = (key: string) =>
      phases.docs.find((phase: any) => String(phase.id) === key)?.objective ?? ''
    expect(rows.map((row) => row.objective)).toEqual(rows.map((row) => objectiveOf(row.key!)))
    expect(rows.filter((row) => row.objective).length).toBeGreaterThan(0)
    await expect(page.locator('svg[data-results-chart="phase"] rect').count()).resolves.toBe(
      json.groups.length * 2,
    )

    const csv = await page.request.get(
      `${baseURL}${await page.locator('[data-results-csv]').getAttribute('href')}`,
    )
    expect(csv.status()).toBe(200)
    expect(csv.headers()['content-type']).toContain('text/csv')
    expect((await csv.text()).trim().split('\n')).toHaveLength(json.groups.length + 1)
    await page.screenshot({ path: path.join(screenshots, 'results.png'), fullPage: true })
  })

  it('switches the grouping with the picker', async () => {
    await page.selectOption('select[name="groupBy"]', 'weekday')
    await page.click('form[action$="/results"] button[type="submit"]')
    await page.waitForURL(/groupBy=weekday/)
    await page.locator('table[data-results="weekday"]').waitFor()
    const json = await api('/posts/results?from=2026-01&to=2026-06&groupBy=weekday')
    await expect(
      page
        .locator('table[data-results] tbody th')
        .evaluateAll((cells) => cells.map((cell) => cell.textContent)),
    ).resolves.toEqual(json.groups.map((group: any) => group.label))
  })

  it('passes axe-core’s WCAG 2 A/AA rules', async () => {
    expect(await accessibilityViolations('[data-editorial-view]')).toEqual([])
  })

  it('speaks English to an English browser', async () => {
    const english = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Paris' })
    await english.addCookies(await page.context().cookies())
    const englishPage = await english.newPage()
    await englishPage.goto(`${baseURL}/admin/results?from=2026-01&to=2026-06&groupBy=format`)
    await expect(englishPage.locator('h1').first().innerText()).resolves.toBe('Results')
    await expect(englishPage.locator('[data-results-csv]').innerText()).resolves.toBe('Download CSV')
    await english.close()
  })
})

describe('the other views of the plugin, under axe-core', () => {
  it('finds no WCAG 2 A/AA violation in the monthly mix and the calendar', async () => {
    await page.goto(`${baseURL}/admin/mix?month=2026-03`)
    await page.locator('[data-mix]').waitFor()
    expect(await accessibilityViolations('[data-editorial-view]')).toEqual([])
    await page.goto(`${baseURL}/admin/calendar?view=month&date=2026-03-01`)
    await page.locator('[data-editorial-view]').waitFor()
    expect(await accessibilityViolations('[data-editorial-view]')).toEqual([])
  })

  it('finds none in the brief panel and the live checklist of a post', async () => {
    const { docs } = await api('/posts?where[status][equals]=in_review&limit=1&depth=0')
    await page.goto(`${baseURL}/admin/collections/posts/${docs[0].id}`)
    await page.locator('[data-brief-panel] [data-brief]').first().waitFor()
    await page.locator('[data-live-checklist] [data-point]').first().waitFor()
    expect(await accessibilityViolations('[data-brief-panel]', '[data-live-checklist]')).toEqual([])
  })
})
