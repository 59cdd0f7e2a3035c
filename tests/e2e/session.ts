import type { Browser, Page } from 'playwright-core'

/**
 * A French admin page, in Paris time unless told another zone, which leaves forms with unsaved
 * changes without asking.
 */
export const openAdminPage = async ({
  browser,
  width = 1280,
  height = 1100,
  timezoneId = 'Europe/Paris',
}: {
  browser: Browser
  width?: number
  height?: number
  /** The browser's own timezone (IANA name). */
  timezoneId?: string
}) => {
  const page = await browser.newPage({
    locale: 'fr-FR',
    timezoneId,
    viewport: { width, height },
  })
  page.on('dialog', (dialog) => dialog.accept())
  return page
}

/** Logs in to the admin as one of the demo accounts, starting from a clean session. */
export const logIn = async ({ page, baseURL, email }: { page: Page; baseURL: string; email: string }) => {
  await page.context().clearCookies()
  await page.goto(`${baseURL}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', 'demo-password')
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}

/**
 * Waits until a post's form is live: the live checklist has asked the server once, which it does only
 * once React has hydrated the form. Typed into before that, a field can be reset by hydration.
 */
export const postFormReady = (page: Page) => page.locator('[data-live-checklist][data-done]').waitFor()
