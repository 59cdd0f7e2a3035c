import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { startProductionServer } from './server'
import { logIn, openAdminPage, postFormReady } from './session'

let baseURL: string
let stopServer: () => Promise<void>
let browser: Browser
let page: Page

const api = async <T>(pathAndQuery: string) =>
  (await (await page.request.get(`${baseURL}/api${pathAndQuery}`)).json()) as T

const openOptions = async (field: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option').first().waitFor()
  return page.locator('.rs__option').allInnerTexts()
}

const choose = async (field: string, label: string | RegExp) => {
  await openOptions(field)
  await page.locator('.rs__option', { hasText: label }).first().click()
}

/** The channel menu's options once it is filtered for the phase (`data-for-phase`, `data-choices`). */
const channelOptions = async ({ phase, slugs }: { phase: number; slugs: string }) => {
  await page.locator(`[data-channel-select][data-for-phase="${phase}"][data-choices="${slugs}"]`).waitFor()
  await page.locator('[data-channel-select] .rs__control').click()
  await page.locator('.rs__option').first().waitFor()
  const options = await page.locator('.rs__option').allInnerTexts()
  await page.keyboard.press('Escape')
  return options
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

describe('channels on the post form, in Chromium, against the production build', () => {
  it('offers only the channels the phase allows, shows a too-long LinkedIn post live, and refuses it on submit', async () => {
    await logIn({ page, baseURL, email: 'editor@qalia.local' })
    await page.goto(`${baseURL}/admin/collections/posts/create`)
    await postFormReady(page)
    await page.fill('#field-title', 'Trop long pour LinkedIn')

    const { docs: ofPhases } = await api<{ docs: { id: number; key: string }[] }>(
      '/phases?depth=0&limit=0&where[target.slug][equals]=of',
    )
    const phaseId = (key: string) => ofPhases.find((phase) => phase.key === key)!.id

    await choose('target', 'Formateurs OF')
    // Retention goes out on LinkedIn and in the newsletter; awareness on LinkedIn only.
    await choose('phase', 'OF — Retention')
    expect(await channelOptions({ phase: phaseId('retention'), slugs: 'linkedin,newsletter' })).toEqual([
      'LinkedIn — page QALIA',
      'Newsletter QALIA',
    ])
    await choose('phase', 'OF — Awareness')
    expect(await channelOptions({ phase: phaseId('awareness'), slugs: 'linkedin' })).toEqual([
      'LinkedIn — page QALIA',
    ])

    await page.locator('[data-brief-message]').first().click()
    await choose('format', /./)
    await page.locator('[data-propose-slots]').click()
    await page.locator('[data-slot]').first().waitFor()
    await page.locator('[data-slot]').first().click()
    await page.locator('[data-live-checklist][data-done="6"]').waitFor()

    // 3,001 characters: the length finding shows on the channel point as the editor types.
    const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await editor.click()
    await page.keyboard.insertText('a'.repeat(3001))
    const finding = page.locator('[data-point="channel"][data-ok="no"] .el-checklist__problem')
    await finding.waitFor()
    expect(await finding.innerText()).toBe(
      '« LinkedIn — page QALIA » accepte au plus 3000 caractères ; ce texte en compte 3001.',
    )
    // Submitting is not offered, and says why; a submission made anyway is refused on the body.
    expect(await page.locator('[data-submit-for-review]').isDisabled()).toBe(true)
    expect(await page.locator('[data-submit-blocked]').innerText()).toContain('Canal')
    // The same post submitted anyway (as the editor, with the form's values) is refused on its body.
    const text = 'a'.repeat(3001)
    const response = await page.request.post(`${baseURL}/api/posts`, {
      data: {
        title: 'Trop long pour LinkedIn',
        status: 'in_review',
        target: (await api<{ docs: { id: number }[] }>('/targets?depth=0&where[slug][equals]=of')).docs[0].id,
        phase: phaseId('awareness'),
        body: {
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
                textFormat: 0,
                children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
              },
            ],
          },
        },
      },
    })
    expect(response.status()).toBe(400)
    const errors = (await response.json()).errors[0].data.errors as { path: string; message: string }[]
    expect(errors.find((error) => error.path === 'body')?.message).toContain('3001')
    const { totalDocs } = await api<{ totalDocs: number }>(
      '/posts?draft=true&where[title][equals]=Trop%20long%20pour%20LinkedIn',
    )
    expect(totalDocs).toBe(0)
  })

  it('gives in the brief the newsletter’s own slot once the post goes out in it, the phase’s window on LinkedIn', async () => {
    await page.goto(`${baseURL}/admin/collections/posts/create`)
    await postFormReady(page)
    await choose('target', 'Formateurs OF')
    await choose('phase', 'OF — Retention')
    const pickChannel = async (name: string) => {
      await page.locator('[data-channel-select][data-choices="linkedin,newsletter"] .rs__control').click()
      await page.locator('.rs__option', { hasText: name }).first().click()
    }
    await pickChannel('Newsletter QALIA')
    const slot = page.locator('[data-brief="timing"] [data-brief-timing-of="newsletter"]')
    await slot.waitFor()
    expect(await slot.innerText()).toMatch(/mardi.*07:00.*08:00/i)
    expect(await page.locator('[data-brief="timing"]').innerText()).toContain('le créneau de Newsletter QALIA')
    await pickChannel('LinkedIn — page QALIA')
    await page.locator('[data-brief="timing"] [data-brief-timing-of="phase"]').waitFor()
    expect(await page.locator('[data-brief="timing"]').innerText()).not.toContain('Newsletter')
  })
})
