import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { startProductionServer } from './server'
import { logIn, openAdminPage } from './session'

/** Copy rules (issue #28) in the post form: QALIA's Auditeurs may not be sold to. */
let baseURL: string
let stopServer: () => Promise<void>
let browser: Browser
let page: Page

const api = async <T>(pathAndQuery: string) =>
  (await (await page.request.get(`${baseURL}/api${pathAndQuery}`)).json()) as T

const choose = async (field: string, label: string | RegExp) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
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

describe('copy rules in the post form, in Chromium, against the production build', () => {
  it('typing "essai gratuit" into an Auditeurs post shows the finding live; submitting is refused on body', async () => {
    await logIn({ page, baseURL, email: 'editor@qalia.local' })
    await page.goto(`${baseURL}/admin/collections/posts/create`)
    await page.locator('[data-live-checklist][data-done]').waitFor()
    await page.fill('#field-title', 'Auditeurs et OF : un même langage')
    await choose('target', 'Auditeurs')
    await choose('phase', 'Auditeurs — Awareness')
    expect(await page.locator('[data-copy-findings]').count()).toBe(0)

    const editor = page.locator('.field-type.rich-text-lexical [contenteditable="true"]').first()
    await editor.click()
    await page.keyboard.type('Profitez de notre essai gratuit dès maintenant.')
    const finding = page.locator('[data-copy-findings] li[data-path="body"]')
    // The checklist checks again as the words arrive: the finding is first shown on part of the sentence.
    await expect
      .poll(async () => ((await finding.count()) > 0 ? finding.innerText() : ''), { timeout: 15_000 })
      .toBe(
        'Auditeurs : ne pas vendre (partenariat, pas vente) — « essai gratuit » : Profitez de notre essai gratuit dès maintenant',
      )

    // Every control point met through the form itself: the key message from the brief, a format, a
    // proposed slot. Submitting the same words is still refused, on `body`, and nothing goes to review.
    await page.locator('[data-brief-panel]').waitFor()
    await page.locator('[data-brief-message]').first().click()
    await choose('format', /./)
    await page.locator('[data-propose-slots]').click()
    await page.locator('[data-slot]').first().waitFor()
    await page.locator('[data-slot]').first().click()
    await page.locator('[data-live-checklist][data-done="6"]').waitFor()
    await page.locator('[data-submit-for-review]').click()
    // The toast names the refused field by its label (its path where a label is missing).
    const toast = page.locator('.payload-toast-item', { hasText: /Corps|body/ })
    await toast.waitFor({ timeout: 30_000 })
    expect(await toast.innerText()).not.toMatch(/Cible|Message clé|Date de publication|Canal/)
    expect(page.url()).toMatch(/\/posts\/create/)
    const title = encodeURIComponent('Auditeurs et OF : un même langage')
    const inReview = await api<{ totalDocs: number }>(
      `/posts?where[title][equals]=${title}&where[status][equals]=in_review&draft=true&depth=0`,
    )
    expect(inReview.totalDocs).toBe(0)

    // The same post without the sales words goes to review from the same form.
    await editor.click()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Un même langage pour les OF et les auditeurs.')
    await expect.poll(() => page.locator('[data-copy-findings] li').count(), { timeout: 15_000 }).toBe(0)
    await page.locator('[data-submit-for-review]').click()
    await page.waitForURL(/\/admin\/collections\/posts\/\d+/, { timeout: 30_000 })
    await page.locator('[data-workflow-status="in_review"]').waitFor()
  })
})
