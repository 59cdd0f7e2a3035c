import type { Browser, Page } from 'playwright-core'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { startProductionServer } from './server'
import { logIn, openAdminPage, postFormReady } from './session'

/**
 * Media (issue #27) in the post form: an editor adds two slides to a carousel with their alt text
 * through the upload field, the preview and the checklist follow, the post goes to review; its
 * files stay with the team until an approver approves it.
 */
let baseURL: string
let stopServer: () => Promise<void>
let browser: Browser
let page: Page
let postId: number
/** The slides' file addresses, as the media documents give them. */
let fileUrls: string[] = []

type Doc = { id: number }
const TITLE = 'Cinq indicateurs Qualiopi en deux diapositives'
const ALTS = [
  'Diapositive 1 : « Cinq indicateurs Qualiopi », texte blanc sur fond bleu',
  'Diapositive 2 : « Les preuves attendues », texte blanc sur fond vert',
]

const api = async <T>({
  path,
  method = 'GET',
  data,
}: {
  path: string
  method?: 'GET' | 'POST' | 'PATCH'
  data?: unknown
}) => {
  const response = await page.request.fetch(`${baseURL}/api${path}`, { method, data })
  expect(response.status(), `${method} ${path}: ${(await response.text()).slice(0, 500)}`).toBeLessThan(300)
  return (await response.json()) as T
}

/** A slide drawn with sharp: a flat colour and its title as an SVG overlay, as a PNG. */
const slide = ({ title, background }: { title: string; background: string }) =>
  sharp({ create: { width: 1080, height: 1080, channels: 3, background } })
    .composite([
      {
        input: Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080">` +
            `<text x="80" y="540" font-family="sans-serif" font-size="72" fill="#fff">${title}</text></svg>`,
        ),
      },
    ])
    .png()
    .toBuffer()

/** An anonymous caller: no cookie, no token. */
const anonymous = (url: string) => fetch(new URL(url, baseURL))

beforeAll(async () => {
  ;({ baseURL, stop: stopServer } = await startProductionServer())
  browser = await launchBrowser()
  page = await openAdminPage({ browser, width: 1400, height: 1300 })
  await logIn({ page, baseURL, email: 'editor@qalia.local' })
  // A compliant carousel draft of OF awareness (whose formats are text and carousel) at a slot the
  // line offers, written by the editor: everything holds but its slides.
  const [phase] = (
    await api<{ docs: (Doc & { target: number })[] }>({
      path: '/phases?where[target.slug][equals]=of&where[key][equals]=awareness&depth=0',
    })
  ).docs
  const [message] = (
    await api<{ docs: Doc[] }>({
      path: `/messages?where[phase][equals]=${phase.id}&where[status][equals]=active&depth=0`,
    })
  ).docs
  const { slots } = await api<{ slots: { at: string }[] }>({
    path: `/posts/next-slots?target=${phase.target}&phase=${phase.id}&message=${message.id}&format=carousel&count=1`,
  })
  const { doc } = await api<{ doc: Doc }>({
    path: '/posts?depth=0',
    method: 'POST',
    data: {
      title: TITLE,
      target: phase.target,
      phase: phase.id,
      message: message.id,
      format: 'carousel',
      publishAt: slots[0].at,
    },
  })
  postId = doc.id
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stopServer?.()
})

describe('media in the post form, in Chromium, against the production build', () => {
  it('an editor uploads two slides with their alt text; the preview shows them, the checklist completes, the post goes to review', async () => {
    await page.goto(`${baseURL}/admin/collections/posts/${postId}`)
    await postFormReady(page)
    // A carousel without slides may not leave draft: the format's point says what it lacks.
    const formatPoint = page.locator('[data-live-checklist] [data-point="format"]')
    await page.locator('[data-live-checklist] [data-point="format"][data-ok="no"]').waitFor()
    expect(await formatPoint.innerText()).toMatch(/Carousel éducatif sur LinkedIn/)
    await page.locator('[data-submit-blocked]').waitFor()
    expect(await page.locator('[data-submit-for-review]').isDisabled()).toBe(true)

    // The upload field's "Create new" opens Payload's bulk upload: two files, an alt text each.
    await page.locator('#field-media .upload__createNewToggler').click()
    const files = [
      { name: 'diapo-1.png', background: '#12355b', title: 'Cinq indicateurs' },
      { name: 'diapo-2.png', background: '#1b5e20', title: 'Les preuves' },
    ]
    await page.locator('input.bulk-upload--add-files__hidden-input').setInputFiles(
      await Promise.all(
        files.map(async ({ name, background, title }) => ({
          name,
          mimeType: 'image/png',
          buffer: await slide({ title, background }),
        })),
      ),
    )
    const drawer = page.locator('.bulk-upload--file-manager')
    await drawer.waitFor()
    for (const [index, alt] of ALTS.entries()) {
      if (index > 0) await drawer.locator('.bulk-upload--actions-bar__navigation button').nth(1).click()
      const altField = drawer.locator('#field-alt')
      await altField.waitFor()
      await altField.fill(alt)
    }
    await drawer.locator('.bulk-upload--actions-bar__saveButtons button').last().click()
    await drawer.waitFor({ state: 'detached', timeout: 60_000 })

    // The preview shows the two slides in the feed's grid for two, with their alt text.
    const grid = page.locator('[data-post-preview] [data-preview-images="2"]')
    await grid.waitFor({ timeout: 30_000 })
    await expect
      .poll(() =>
        grid.locator('img').evaluateAll((images) => images.map((image) => image.getAttribute('alt')).sort()),
      )
      .toEqual([...ALTS].sort())
    // The checklist turns complete: the format's point holds, nothing blocks the submission.
    await page
      .locator('[data-live-checklist] [data-point="format"][data-ok="yes"]')
      .waitFor({ timeout: 30_000 })
    await expect.poll(() => page.locator('[data-submit-blocked]').count()).toBe(0)
    expect(await page.locator('[data-submit-for-review]').isDisabled()).toBe(false)

    await page.locator('[data-submit-for-review]').click()
    await page.locator('[data-workflow-status="in_review"]').waitFor({ timeout: 30_000 })
    const post = await api<{
      status: string
      media: { id: number; alt: string; url: string; mimeType: string }[]
    }>({
      path: `/posts/${postId}?depth=1&draft=true`,
    })
    expect(post.status).toBe('in_review')
    expect(post.media.map((media) => [media.alt, media.mimeType]).sort()).toEqual(
      [...ALTS].sort().map((alt) => [alt, 'image/png']),
    )
    fileUrls = post.media.map((media) => media.url)
  })

  it('refuses the draft’s files to an anonymous caller until an approver approves the post, then serves them', async () => {
    expect(fileUrls).toHaveLength(2)
    for (const url of fileUrls) {
      expect(new URL(url, baseURL).pathname).toMatch(/^\/api\/media\/file\//)
      expect([403, 404], url).toContain((await anonymous(url)).status)
    }

    await logIn({ page, baseURL, email: 'approver@qalia.local' })
    await api({ path: `/posts/${postId}?depth=0`, method: 'PATCH', data: { status: 'approved' } })

    for (const url of fileUrls) {
      const response = await anonymous(url)
      expect(response.status, url).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(1080)
    }
  })
})
