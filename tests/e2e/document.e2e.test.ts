import type { Browser, Page } from 'playwright-core'

import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { customerDocument } from '../../src/plugins/editorial-line/document/testing/customerDocument'
import { launchBrowser } from './browser'
import { startProductionServer } from './server'
import { logIn, openAdminPage } from './session'

const screenshots = path.resolve(import.meta.dirname, '../../test-results/screenshots')

let baseURL: string
let stopServer: () => Promise<void>
let browser: Browser
let page: Page

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

const upload = async (name: string, markdown: string) => {
  await page.setInputFiles('#document-file', {
    name,
    mimeType: 'text/markdown',
    buffer: Buffer.from(markdown),
  })
  await page.click('#document-preview')
  await page.waitForSelector('#document-summary')
}

describe('the document import page, in Chromium, against the production build', () => {
  it('sends an anonymous visitor to the login page', async () => {
    await page.goto(`${baseURL}/admin/document`)
    await page.waitForURL(/\/admin\/login/)
    expect(new URL(page.url()).pathname).toBe('/admin/login')
  })

  it('gives an editor the download link, not the import', async () => {
    await logIn({ page, baseURL, email: 'editor@qalia.local' })
    await page.goto(`${baseURL}/admin`)
    const download = page.locator('#nav-editorial-document-download')
    await download.waitFor()
    expect(await download.textContent()).toBe('Télécharger le document')
    expect(await page.locator('#nav-editorial-document-import').count()).toBe(0)
    const response = await page.request.get(`${baseURL}${await download.getAttribute('href')}`)
    expect(response.status()).toBe(200)
    expect(await response.text()).toContain('## CIBLE 1 : Formateurs OF (Organismes de Formation)')
    await page.goto(`${baseURL}/admin/document`)
    expect(await page.locator('#document-admins-only').textContent()).toContain('Seuls les administrateurs')
    expect(await page.locator('#document-file').count()).toBe(0)
  })

  it('lets an admin upload a document, see its changes by target and apply them', async () => {
    await logIn({ page, baseURL, email: 'admin@qalia.local' })
    await page.goto(`${baseURL}/admin`)
    // The navigation drawer may be closed (inert) at this width: follow the link's address.
    const link = page.locator('#nav-editorial-document-import')
    expect(await link.textContent()).toBe('Importer le document')
    await page.goto(`${baseURL}${await link.getAttribute('href')}`)
    expect(await page.locator('h1').textContent()).toBe('Importer le document')

    // The customer's own document: the demo line was seeded from it.
    await upload('customer-journeys-qalia.md', customerDocument)
    expect(await page.locator('#document-summary').textContent()).toContain('0 à créer, 0 à modifier')
    expect(await page.locator('#document-apply').isDisabled()).toBe(true)

    const exported = await (await page.request.get(`${baseURL}/api/editorial-line/document.md`)).text()
    const next = exported.replace('"Personne pour valider à 23h"', '"Personne pour valider à minuit"')
    expect(next).not.toBe(exported)
    await upload('s2.md', next)
    expect(await page.locator('#document-summary').textContent()).toContain('0 à créer, 1 à modifier')
    const change = page.locator('section[data-group="of"] li[data-action="update"]')
    expect(await change.textContent()).toContain(
      'Personne pour valider à 23h → Personne pour valider à minuit',
    )
    await page.screenshot({ path: path.join(screenshots, 'document-import.png'), fullPage: true })

    await page.click('#document-apply')
    await page.waitForFunction(() =>
      document.querySelector('#document-summary')?.textContent?.startsWith('Appliqué'),
    )
    const messages = await page.request.get(
      `${baseURL}/api/messages?where[text][equals]=${encodeURIComponent('Personne pour valider à minuit')}`,
    )
    expect((await messages.json()).totalDocs).toBe(1)

    // A document that cannot be read says where.
    await page.setInputFiles('#document-file', {
      name: 'broken.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(customerDocument.replace('| Mars | 80% |', '| Mars | 70% |')),
    })
    await page.click('#document-preview')
    await page.waitForSelector('#document-error')
    expect(await page.locator('#document-error').textContent()).toMatch(/^Ligne 214, colonne 1 : /)
  })
})
