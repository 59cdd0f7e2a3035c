import { it } from 'vitest'
import { launchBrowser } from './browser'
import { startProductionServer } from './server'
it('explore', async () => {
  const { baseURL, stop } = await startProductionServer()
  const browser = await launchBrowser()
  const page = await browser.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 1400 } })
  try {
    await page.goto(`${baseURL}/admin/login`)
    await page.fill('input[name="email"]', 'editor@qalia.local')
    await page.fill('input[name="password"]', 'demo-password')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    const res = await page.request.get(`${baseURL}/api/posts?where[status][equals]=in_review&depth=0&limit=1`)
    const id = (await res.json()).docs[0].id
    await page.goto(`${baseURL}/admin/collections/posts/${id}`)
    await page.waitForTimeout(4000)
    await page.screenshot({ path: '/tmp/editor-post.png', fullPage: true })
    console.log('BUTTONS', await page.locator('button').allInnerTexts())
    const approved = await page.request.get(`${baseURL}/api/posts?where[status][equals]=approved&depth=0&limit=1`)
    const aid = (await approved.json()).docs[0].id
    await page.goto(`${baseURL}/admin/collections/posts/${aid}`)
    await page.waitForTimeout(4000)
    await page.screenshot({ path: '/tmp/editor-approved.png', fullPage: true })
  } finally {
    await browser.close()
    stop()
  }
}, 600_000)
