import type { Browser, Page } from 'playwright-core'

import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { startProductionServer } from './server'
import { logIn, openAdminPage, postFormReady } from './session'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

let baseURL: string
let stopServer: () => Promise<void>
let browser: Browser
let page: Page

/**
 * Every view the plugin draws, in Payload's light and dark themes, under axe-core's WCAG 2 A and AA
 * rules: the plugin's stylesheet uses Payload's theme variables, so the dark theme must read as well.
 */
const THEMES = ['light', 'dark'] as const
type Theme = (typeof THEMES)[number]
/** The background of a status badge in each theme, as the browser computed it. */
const badgeColours: Partial<Record<Theme, string>> = {}

/** Logs in and picks the theme as Payload 3 reads it: the `payload-theme` cookie (`getRequestTheme`). */
const logInWithTheme = async ({ email, theme }: { email: string; theme: Theme }) => {
  await logIn({ page, baseURL, email })
  await page.context().addCookies([{ name: 'payload-theme', value: theme, url: baseURL }])
  await page.emulateMedia({ colorScheme: theme })
}

/** Opens a page and checks that Payload drew it in the theme asked for. */
const open = async ({ path, ready, theme }: { path: string; ready: string; theme: Theme }) => {
  await page.goto(`${baseURL}${path}`)
  await page.locator(ready).first().waitFor()
  await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(theme)
}

/** axe-core's WCAG 2 A and AA rules on the parts of the page the plugin draws: the violations, by rule. */
const accessibilityViolations = async (...selectors: string[]) => {
  await page.addScriptTag({ path: axePath })
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: any }).axe
    const result = await axe.run(
      { include: include.map((selector) => [selector]) },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } },
    )
    return result.violations.map((violation: any) => ({
      id: violation.id,
      nodes: violation.nodes.map((node: any) => `${node.target.join(' ')}: ${node.failureSummary}`),
    }))
  }, selectors)
}

const api = async (pathAndQuery: string) => {
  const response = await page.request.get(`${baseURL}/api${pathAndQuery}`)
  expect(response.status(), pathAndQuery).toBe(200)
  return response.json()
}

beforeAll(async () => {
  ;({ baseURL, stop: stopServer } = await startProductionServer())
  browser = await launchBrowser()
  page = await openAdminPage({ browser, width: 1400, height: 1300 })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stopServer?.()
})

describe.each(THEMES)('the plugin’s views in the %s theme, under axe-core (WCAG 2 A/AA)', (theme) => {
  it('finds no violation on the home dashboard and the plugin’s navigation links', async () => {
    await logInWithTheme({ email: 'admin@qalia.local', theme })
    await open({ path: '/admin?month=2026-03', ready: '[data-home-page]', theme })
    expect(await accessibilityViolations('[data-home-page]', '.el-nav-link')).toEqual([])
  })

  it('finds none in the monthly mix', async () => {
    await open({ path: '/admin/mix?month=2026-03', ready: '[data-mix]', theme })
    expect(await accessibilityViolations('[data-editorial-view]')).toEqual([])
  })

  it('finds none in the calendar, month and week', async () => {
    await open({ path: '/admin/calendar?view=month&date=2026-03-01', ready: '[data-view="month"]', theme })
    // The plugin's stylesheet reached the page: the chips and badges have its look, in this theme's colours.
    const chip = page.locator('[data-view="month"] [data-post-id]').first()
    await expect(chip.evaluate((element) => getComputedStyle(element).borderLeftWidth)).resolves.toBe('4px')
    badgeColours[theme] = await chip
      .locator('[data-status-badge]')
      .evaluate((element) => getComputedStyle(element).backgroundColor)
    expect(badgeColours[theme]).not.toBe('rgba(0, 0, 0, 0)')
    if (theme === 'dark') expect(badgeColours.dark).not.toBe(badgeColours.light)
    expect(await accessibilityViolations('[data-editorial-view]')).toEqual([])
    await open({ path: '/admin/calendar?view=week&date=2026-03-10', ready: '[data-view="week"]', theme })
    expect(await accessibilityViolations('[data-editorial-view]')).toEqual([])
    // A notice: the calendar says what it could not read.
    await open({ path: '/admin/calendar?view=year', ready: '[data-notice]', theme })
    expect(await accessibilityViolations('[data-editorial-view]')).toEqual([])
  })

  it('finds none in the results', async () => {
    await open({
      path: '/admin/results?from=2026-01&to=2026-06&groupBy=phase',
      ready: '[data-results-chart]',
      theme,
    })
    expect(await accessibilityViolations('[data-editorial-view]')).toEqual([])
  })

  it('finds none in the document import, with a preview of changes and an error', async () => {
    await open({ path: '/admin/document', ready: '#document-import', theme })
    expect(await accessibilityViolations('[data-editorial-view]')).toEqual([])
    await page.fill('#document-markdown', 'not a document of the editorial line')
    await page.click('#document-preview')
    await page.locator('#document-error, #document-summary').first().waitFor()
    expect(await accessibilityViolations('[data-editorial-view]')).toEqual([])
  })

  it('finds none in the plan global’s plugin parts', async () => {
    await open({ path: '/admin/globals/editorial-plan', ready: '[data-add-plan-row]', theme })
    expect(await accessibilityViolations('[data-add-plan-row]')).toEqual([])
  })

  it('finds none in the posts list’s warnings cells', async () => {
    // The demo's posts carry no warning today: the cells say so ("—"), and are checked as they are.
    await open({ path: '/admin/collections/posts?limit=100', ready: '[data-warnings]', theme })
    expect(await accessibilityViolations('[data-warnings]')).toEqual([])
  })

  it('finds none in a post’s brief, live checklist, slot picker, mix hint and workflow status (editor)', async () => {
    await logInWithTheme({ email: 'editor@qalia.local', theme })
    const { docs } = await api('/posts?where[status][equals]=draft&where[phase][exists]=true&limit=1&depth=0')
    expect(docs).toHaveLength(1)
    await open({
      path: `/admin/collections/posts/${docs[0].id}`,
      ready: '[data-brief-panel] [data-brief]',
      theme,
    })
    await postFormReady(page)
    await page.locator('[data-propose-slots]').click()
    await page.locator('[data-slot], [data-no-slot]').first().waitFor()
    const parts = [
      '[data-brief-panel]',
      '[data-live-checklist]',
      '[data-slot-picker]',
      '[data-workflow-status]',
    ]
    for (const part of parts) await page.locator(part).first().waitFor()
    await expect(page.locator('[data-submit-for-review]').count()).resolves.toBe(1)
    // The mix hint shows once the post has a target and a date (a bare sentence otherwise).
    const withHint =
      (await page.locator('[data-mix-hint]').count()) > 0 ? [...parts, '[data-mix-hint]'] : parts
    expect(await accessibilityViolations(...withHint)).toEqual([])
  })
})
