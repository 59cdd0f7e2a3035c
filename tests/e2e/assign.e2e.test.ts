import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { startProductionServer } from './server'
import { logIn, openAdminPage } from './session'

let baseURL: string
let stopServer: () => Promise<void>
let browser: Browser
let approverPage: Page
let adminPage: Page
let postId: number

beforeAll(async () => {
  ;({ baseURL, stop: stopServer } = await startProductionServer())
  browser = await launchBrowser()
  approverPage = await openAdminPage({ browser })
  adminPage = await openAdminPage({ browser })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stopServer?.()
})

describe('a named reviewer (#29), in Chromium, against the production build', () => {
  it('lets the approver assign a post in review to a colleague, who finds it under “assigned to me”', async () => {
    const page = approverPage
    await logIn({ page, baseURL, email: 'approver@qalia.local' })
    const inReview = await page.request.get(
      `${baseURL}/api/posts?where[status][equals]=in_review&sort=publishAt&depth=0&limit=1&draft=true`,
    )
    postId = (await inReview.json()).docs[0].id
    await page.goto(`${baseURL}/admin/collections/posts/${postId}`)
    await page.locator('#field-reviewer .rs__control').click()
    await page
      .locator('.rs__option', { hasText: /Alex Admin|admin@qalia\.local/ })
      .first()
      .click()
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await expect
      .poll(async () => {
        const post = await (
          await page.request.get(`${baseURL}/api/posts/${postId}?depth=1&draft=true`)
        ).json()
        return post.reviewer?.email
      })
      .toBe('admin@qalia.local')

    const colleague = adminPage
    await logIn({ page: colleague, baseURL, email: 'admin@qalia.local' })
    await colleague.goto(`${baseURL}/admin`)
    // In the navigation, and in "My tasks" on the home page.
    const link = colleague.locator('#nav-editorial-assigned-to-me')
    await expect(link.getAttribute('data-assigned-to-me')).resolves.toBe('1')
    await expect(
      colleague.locator(`[data-tasks="assigned"] [data-task-post="${postId}"]`).count(),
    ).resolves.toBe(1)
    // The navigation may be folded away (inert): follow its link as it is written.
    await colleague.goto(`${baseURL}${await link.getAttribute('href')}`)
    await expect(
      colleague.locator(`.table a[href$="/collections/posts/${postId}"]`).count(),
    ).resolves.toBeGreaterThan(0)

    // Not assigned to the approver who named the colleague.
    await page.goto(`${baseURL}/admin`)
    await expect(page.locator(`[data-tasks="assigned"] [data-task-post="${postId}"]`).count()).resolves.toBe(
      0,
    )
  })
})
