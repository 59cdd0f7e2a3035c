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
    await finding.waitFor({ timeout: 15_000 })
    expect(await finding.innerText()).toBe(
      'Auditeurs : ne pas vendre (partenariat, pas vente) — « essai gratuit » : Profitez de notre essai gratuit dès maintenant',
    )

    // Submitting the same words, with every control point met, is refused on `body`.
    const [target] = (await api<{ docs: { id: number }[] }>('/targets?where[slug][equals]=auditeurs&depth=0'))
      .docs
    const [phase] = (
      await api<{ docs: { id: number }[] }>(
        `/phases?where[target][equals]=${target!.id}&where[key][equals]=awareness&depth=0`,
      )
    ).docs
    const [message] = (
      await api<{ docs: { id: number }[] }>(`/messages?where[phase][equals]=${phase!.id}&depth=0`)
    ).docs
    const [slot] = (
      await api<{ slots: { at: string }[] }>(
        `/posts/next-slots?target=${target!.id}&phase=${phase!.id}&message=${message!.id}&format=text`,
      )
    ).slots
    const body = (text: string) => ({
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    })
    const submit = (text: string) =>
      page.request.post(`${baseURL}/api/posts`, {
        data: {
          title: 'Auditeurs et OF : un même langage',
          body: body(text),
          target: target!.id,
          phase: phase!.id,
          message: message!.id,
          format: 'text',
          channel: 'linkedin',
          publishAt: slot!.at,
          status: 'in_review',
        },
      })
    const refused = await submit('Profitez de notre essai gratuit dès maintenant.')
    expect(refused.status()).toBe(400)
    const errors = (await refused.json()).errors[0].data.errors as { path: string; message: string }[]
    expect(errors.map((error) => error.path)).toEqual(['body'])
    expect(errors[0]!.message).toContain('« essai gratuit »')
    // The same post without the sales words goes to review.
    expect((await submit('Un même langage pour les OF et les auditeurs.')).status()).toBe(201)
  })
})
