import type { Browser, Page } from 'playwright-core'

import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { startProductionServer } from './server'
import { logIn } from './session'

const screenshots = path.resolve(import.meta.dirname, '../../test-results/screenshots')

let baseURL: string
let stopServer: () => Promise<void>
let browser: Browser
let page: Page

type Gauge = {
  group: string
  verdict: string
  share: number
  committed: number
  pipeline: number
  published: number
  planned: null | number
}

/** The numbers each gauge of the page shows. */
const readGauges = (page: Page): Promise<Gauge[]> =>
  page.locator('li[data-group]').evaluateAll((items) =>
    items.map((item) => {
      const field = (name: string) => item.querySelector(`[data-field="${name}"]`) as HTMLElement | null
      return {
        group: item.getAttribute('data-group')!,
        verdict: item.getAttribute('data-verdict')!,
        share: Number(field('committed')!.dataset.share),
        committed: Number(field('committed')!.dataset.count),
        pipeline: Number(field('pipeline')!.dataset.count),
        published: Number(field('published')!.dataset.count),
        planned: field('planned') ? Number(field('planned')!.dataset.planned) : null,
      }
    }),
  )

/** The same figures, from the JSON endpoint, with the page's login cookie. */
const endpointGauges = async (month: string): Promise<Gauge[]> => {
  const response = await page.request.get(`${baseURL}/api/posts/mix?month=${month}`)
  expect(response.status()).toBe(200)
  const body = await response.json()
  return body.groups.map((g: Record<string, any>) => ({
    group: g.group,
    verdict: g.verdict,
    share: g.committedShare,
    committed: g.committed,
    pipeline: g.pipeline,
    published: g.published,
    planned: g.planned,
  }))
}

beforeAll(async () => {
  ;({ baseURL, stop: stopServer } = await startProductionServer())
  browser = await launchBrowser()
  page = await browser.newPage({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 1100 },
  })
  mkdirSync(screenshots, { recursive: true })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stopServer?.()
})

describe('the monthly mix in the admin, in Chromium, against the production build', () => {
  it('sends an anonymous visitor to the login page', async () => {
    await page.goto(`${baseURL}/admin/mix`)
    await page.waitForURL(/\/admin\/login/)
    expect(new URL(page.url()).pathname).toBe('/admin/login')
  })

  it('shows the demo editor the gauges of March 2026, with the endpoint’s numbers', async () => {
    await page.fill('input[name="email"]', 'editor@qalia.local')
    await page.fill('input[name="password"]', 'demo-password')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    await page.goto(`${baseURL}/admin/mix?month=2026-03`)
    await expect(page.locator('[data-month]').getAttribute('data-month')).resolves.toBe('2026-03')
    const gauges = await readGauges(page)
    expect(gauges.map((gauge) => gauge.group)).toEqual(['of', 'coachs', 'auditeurs', 'autres'])
    expect(gauges).toEqual(await endpointGauges('2026-03'))
    expect(gauges.reduce((sum, gauge) => sum + gauge.committed, 0)).toBe(7)
    await expect(page.locator('[data-notice="too-few"]').innerText()).resolves.toContain(
      'Seulement 7 posts engagés',
    )
    await page.screenshot({ path: path.join(screenshots, 'mix-2026-03.png'), fullPage: true })
  })

  it('switches to the next month and back with the month links', async () => {
    await page.click('[data-nav="next"]')
    await page.waitForURL(/month=2026-04/)
    expect(await readGauges(page)).toEqual(await endpointGauges('2026-04'))
    await page.click('[data-nav="previous"]')
    await page.waitForURL(/month=2026-03/)
    await expect(page.locator('[data-month]').getAttribute('data-month')).resolves.toBe('2026-03')
  })

  it('shows June 2026, with the posts still in review as pipeline', async () => {
    await page.fill('input[name="month"]', '2026-06')
    await page.click('form[action$="/mix"] button[type="submit"]')
    await page.waitForURL(/month=2026-06/)
    const gauges = await readGauges(page)
    expect(gauges).toEqual(await endpointGauges('2026-06'))
    expect(gauges.reduce((sum, gauge) => sum + gauge.pipeline, 0)).toBe(2)
    await page.screenshot({ path: path.join(screenshots, 'mix-2026-06.png'), fullPage: true })
    console.log(`Screenshots of the mix view: ${screenshots}`)
  })

  it('links the view from the admin navigation', async () => {
    await page.goto(`${baseURL}/admin`)
    await expect(page.locator('#nav-editorial-mix').getAttribute('href')).resolves.toBe('/admin/mix')
  })

  it('tells the editor, in the post form, where the post would put its group', async () => {
    const response = await page.request.get(
      `${baseURL}/api/posts?where[title][equals]=Coachs : vos retours construisent QALIA&depth=0`,
    )
    const [post] = (await response.json()).docs
    await page.goto(`${baseURL}/admin/collections/posts/${post.id}`)
    const hint = page.locator('[data-mix-hint]')
    await hint.waitFor()
    // June 2026: 2 committed (OF); this Coachs post would be 1 of 3
    await expect(hint.innerText()).resolves.toBe(
      'Ce post porterait Coachs à 33 % des posts engagés de juin 2026 (plan 15 % ± 10).',
    )
  })

  it('speaks English to an English browser', async () => {
    const english = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Paris' })
    await english.addCookies(await page.context().cookies())
    const englishPage = await english.newPage()
    await englishPage.goto(`${baseURL}/admin/mix?month=2026-03`)
    await expect(englishPage.locator('h1').first().innerText()).resolves.toBe('Monthly mix')
    await expect(englishPage.locator('[data-notice="too-few"]').innerText()).resolves.toContain(
      'Only 7 committed posts',
    )
    await english.close()
  })

  it('opens on the current month with the demo’s gauges and the plan row in force', async () => {
    const month = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
    }).format(new Date())
    await page.goto(`${baseURL}/admin/mix`)
    await expect(page.locator('[data-month]').getAttribute('data-month')).resolves.toBe(month)
    const gauges = await readGauges(page)
    expect(gauges).toEqual(await endpointGauges(month))
    expect(gauges.reduce((sum, gauge) => sum + gauge.committed + gauge.pipeline, 0)).toBeGreaterThan(0)
    expect(gauges.every((gauge) => gauge.planned !== null)).toBe(true)
    await expect(page.locator('[data-plan-month]').getAttribute('data-plan-month')).resolves.toBe('2026-06')
    await expect(page.locator('[data-plan-month]').innerText()).resolves.toBe('plan de juin 2026, en vigueur')
    await page.screenshot({ path: path.join(screenshots, 'mix-current.png'), fullPage: true })

    const english = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Paris' })
    await english.addCookies(await page.context().cookies())
    const englishPage = await english.newPage()
    await englishPage.goto(`${baseURL}/admin/mix`)
    await expect(englishPage.locator('[data-plan-month]').innerText()).resolves.toBe(
      'plan of June 2026, in force',
    )
    await english.close()
  })

  it('lets the admin add next month’s plan row, prefilled from the row in force, in one action', async () => {
    await logIn({ page, baseURL, email: 'admin@qalia.local' })
    const [year, monthOfYear] = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
    })
      .format(new Date())
      .split('-')
      .map(Number)
    const next = new Date(Date.UTC(year, monthOfYear, 1)).toISOString().slice(0, 7)
    await page.goto(`${baseURL}/admin/globals/editorial-plan`)
    await page.locator('[data-add-plan-row] button').click()
    await page.locator('#field-mix__6__month').waitFor()
    await expect(page.locator('#field-mix__6__month').inputValue()).resolves.toBe(next)
    await expect(page.locator('#field-mix__6__of').inputValue()).resolves.toBe('70')
    await expect(page.locator('#field-mix__6__autres').inputValue()).resolves.toBe('5')
    await page.fill('#field-mix__6__of', '65')
    await page.fill('#field-mix__6__autres', '10')
    await page.click('#action-save')
    await page.locator('.payload-toast-container').getByText(/./).first().waitFor()
    const plan = await (await page.request.get(`${baseURL}/api/globals/editorial-plan?depth=0`)).json()
    expect(plan.mix.at(-1)).toMatchObject({ month: next, of: 65, coachs: 15, auditeurs: 10, autres: 10 })
    expect((await endpointGauges(next))[0].planned).toBe(65)
  })
})
