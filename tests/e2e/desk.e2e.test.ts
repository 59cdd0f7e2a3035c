import type { Browser, Page, Route } from 'playwright-core'

import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { startProductionServer } from './server'
import { logIn, openAdminPage } from './session'

const screenshots = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const TITLE = 'Qualiopi : et si l’audit devenait une formalité ?'

let baseURL: string
let stopServer: () => Promise<void>
let browser: Browser
let page: Page
let postId: number
let slot: string

const logInAs = (email: string) => logIn({ page, baseURL, email })

const api = async <T>(pathAndQuery: string) =>
  (await (await page.request.get(`${baseURL}/api${pathAndQuery}`)).json()) as T

/** Opens a relationship or select field's menu and returns the options it offers. */
const openOptions = async (field: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option').first().waitFor()
  return page.locator('.rs__option').allInnerTexts()
}

/**
 * The options a field's menu offers once it is filtered by the field it depends on: the page says
 * which value that is (`data-choices-for`), and the menu loads its options when it opens.
 */
const filteredOptions = async (field: 'phase' | 'message', parentId: number) => {
  await page.locator(`.dependent-relationship--${field}[data-choices-for="${parentId}"]`).waitFor()
  const options = (await openOptions(field)).sort()
  await page.keyboard.press('Escape')
  return options
}

const choose = async (field: string, label: string | RegExp) => {
  await openOptions(field)
  await page.locator('.rs__option', { hasText: label }).first().click()
}

const checklistDone = () => page.locator('[data-live-checklist]').getAttribute('data-done')

beforeAll(async () => {
  ;({ baseURL, stop: stopServer } = await startProductionServer())
  browser = await launchBrowser()
  page = await openAdminPage({ browser, width: 1400, height: 1300 })
  mkdirSync(screenshots, { recursive: true })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stopServer?.()
})

describe('the editor’s desk, in Chromium, against the production build', () => {
  it('lets the editor write a post with the brief, a live checklist and a proposed slot, and submit it', async () => {
    await logInAs('editor@qalia.local')
    await page.goto(`${baseURL}/admin/collections/posts/create`)
    await page.locator('[data-live-checklist][data-done]').waitFor()
    // Only the channel holds on an empty post: the form takes the first active channel at once.
    expect(await checklistDone()).toBe('1')
    await expect(page.locator('[data-point="channel"]').getAttribute('data-ok')).resolves.toBe('yes')

    await page.fill('#field-title', TITLE)
    // Hold the form's round trips to the server back while the target is chosen: the phase menu must
    // filter from what the form holds, not from the server's answer (an editor can be that fast).
    const slowFormState = async (route: Route) => {
      if (route.request().method() === 'POST' && route.request().headers()['next-action']) {
        await new Promise((resolve) => setTimeout(resolve, 4_000))
      }
      await route.fallback()
    }
    await page.route('**/admin/**', slowFormState)
    await choose('target', 'Formateurs OF')
    const {
      docs: [of],
    } = await api<{ docs: { id: number }[] }>('/targets?depth=0&where[slug][equals]=of')
    const { docs: ofPhases } = await api<{ docs: { id: number; name: string }[] }>(
      '/phases?depth=0&limit=0&where[target.slug][equals]=of',
    )
    expect(await filteredOptions('phase', of.id)).toEqual(ofPhases.map((phase) => phase.name).sort())
    await page.unroute('**/admin/**', slowFormState)
    await choose('phase', 'OF — Awareness')

    // The key messages shrink to the phase's active ones.
    const awareness = ofPhases.find((phase) => phase.name === 'OF — Awareness')!
    const { totalDocs: allMessages } = await api<{ totalDocs: number }>('/messages?limit=1')
    const { docs: phaseMessages } = await api<{ docs: { text: string }[] }>(
      `/messages?depth=0&limit=0&where[phase][equals]=${awareness.id}&where[status][equals]=active`,
    )
    const messages = await filteredOptions('message', awareness.id)
    expect(messages).toEqual(phaseMessages.map((message) => message.text).sort())
    expect(messages.length).toBeLessThan(allMessages)

    // The brief of the phase, and a key message picked from it.
    await page.locator('[data-brief-panel]').waitFor()
    await expect(page.locator('[data-brief="emotion"]').innerText()).resolves.toContain('Frustration')
    await expect(page.locator('[data-brief="timing"]').innerText()).resolves.toContain('le mardi ou le jeudi')
    await page.locator('[data-brief-message]').first().click()

    await choose('format', /./)
    await page.locator('[data-propose-slots]').click()
    const proposed = page.locator('[data-slot]')
    await proposed.first().waitFor()
    expect(await proposed.count()).toBeGreaterThanOrEqual(3)
    slot = (await proposed.first().getAttribute('data-slot'))!
    await proposed.first().click()

    await page.locator('[data-live-checklist][data-done="6"]').waitFor()
    await page.screenshot({ path: path.join(screenshots, 'desk-ready.png'), fullPage: true })
    await page.locator('[data-submit-for-review]').click()
    await page.waitForURL(/\/admin\/collections\/posts\/\d+/)
    postId = Number(page.url().match(/posts\/(\d+)/)![1])
    await page.locator('[data-workflow-status="in_review"]').waitFor()
    const saved = await api<{ status: string; publishAt: string; title: string }>(
      `/posts/${postId}?depth=0&draft=true`,
    )
    expect(saved).toMatchObject({ status: 'in_review', publishAt: slot, title: TITLE })
  })

  it('lets the approver find it in the review queue and approve it', async () => {
    await logInAs('approver@qalia.local')
    await page.goto(`${baseURL}/admin`)
    // The navigation may be folded away: follow the queue's link as it is written.
    const queue = page.locator('#nav-editorial-review-queue')
    expect(Number(await queue.getAttribute('data-review-queue'))).toBeGreaterThanOrEqual(1)
    await page.goto(`${baseURL}${await queue.getAttribute('href')}`)
    await expect(page.locator('tbody tr').count()).resolves.toBeGreaterThan(0)
    // Relationship cells fill in after the rows: wait for the new post's target.
    await page.locator('tbody').getByText('Formateurs OF').first().waitFor()
    await page.screenshot({ path: path.join(screenshots, 'review-queue.png'), fullPage: true })
    await page.getByRole('link', { name: TITLE }).click()
    await page.waitForURL(new RegExp(`/posts/${postId}`))
    await page.locator('#field-status .rs__control').click()
    await page.locator('.rs__option', { hasText: /^Approuvé$/ }).click()
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await page.locator('[data-workflow-status="approved"]').waitFor()
  })

  it('shows it in the calendar and to anonymous API consumers', async () => {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(slot))
    await page.goto(`${baseURL}/admin/calendar?view=month&date=${day}`)
    await page.locator(`[data-post-id="${postId}"]`).waitFor()
    await page.screenshot({ path: path.join(screenshots, 'calendar-with-new-post.png'), fullPage: true })

    await page.context().clearCookies()
    const anonymous = await page.request.get(`${baseURL}/api/posts/${postId}?depth=0`)
    expect(anonymous.status()).toBe(200)
    expect(await anonymous.json()).toMatchObject({ status: 'approved', title: TITLE, publishAt: slot })
    console.log(`Screenshots of the editor’s desk: ${screenshots}`)
  })

  it('gives the whole brief: the target’s context, the phase’s tone, the Coachs adaptation instruction', async () => {
    await logInAs('editor@qalia.local')
    const brief = (name: string) => page.locator(`[data-brief="${name}"]`).innerText()

    await page.goto(`${baseURL}/admin/collections/posts/create`)
    await choose('target', 'Coachs individuels')
    await choose('phase', 'Coachs — Consideration')
    await page.locator('[data-brief="adaptation"]').waitFor()
    await expect(brief('context')).resolves.toContain('Différences vs OF')
    await expect(brief('adaptation')).resolves.toContain('moins focus audit, plus focus clients')
    await expect(brief('objective')).resolves.toContain('Différencier QALIA')
    await expect(brief('dos')).resolves.toContain('Plus focus structuration')
    await expect(brief('donts')).resolves.toContain('Focus Qualiopi')
    await page.screenshot({ path: path.join(screenshots, 'brief-coachs.png'), fullPage: true })

    await page.goto(`${baseURL}/admin/collections/posts/create`)
    await choose('target', 'Auditeurs')
    await choose('phase', 'Auditeurs — Awareness')
    await page.locator('[data-brief="context"]').waitFor()
    await expect(brief('tone')).resolves.toContain('Réflexion')
    await expect(brief('context')).resolves.toContain('teaser discret')
    await expect(page.locator('[data-brief="adaptation"]').count()).resolves.toBe(0)

    await page.goto(`${baseURL}/admin/collections/posts/create`)
    await choose('target', 'Ministères')
    await choose('phase', 'Ministères — Awareness')
    await page.locator('[data-brief="context"]').waitFor()
    await expect(brief('context')).resolves.toContain('Prérequis : base clients solide')
    await expect(brief('tone')).resolves.toContain('Formel, chiffres, études')
    await expect(brief('timing')).resolves.toContain('Quand base > 100 clients actifs')
  })
})
