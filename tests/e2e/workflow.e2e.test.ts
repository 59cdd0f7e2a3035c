import type { Browser, Page } from 'playwright-core'

import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { startProductionServer } from './server'
import { logIn, openAdminPage } from './session'

const screenshots = path.resolve(import.meta.dirname, '../../test-results/screenshots')

let baseURL: string
let stopServer: () => Promise<void>
let browser: Browser
/** The editor's browser and the approver's: two people, two sessions, as in real life. */
let editorPage: Page
let approverPage: Page
/** A demo post the demo editor wrote and sent for review. */
let postId: number

const openPost = async (page: Page, id: number) => {
  await page.goto(`${baseURL}/admin/collections/posts/${id}`)
  await page.locator('#field-status .rs__control').waitFor()
}

const chooseStatus = async (page: Page, label: string) => {
  await page.locator('#field-status .rs__control').click()
  await page.locator('.rs__option', { hasText: new RegExp(`^${label}$`) }).click()
}

const save = (page: Page) => page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()

/** The post as the editorial team's API gives it, with the page's login. */
const latest = async (page: Page, id: number) =>
  (await (await page.request.get(`${baseURL}/api/posts/${id}?depth=0&draft=true`)).json()) as {
    status: string
    reviewLog: { from: string; to: string; comment: null | string }[]
  }

/** Who holds an edit lock on the post, as Payload's admin records it (asked with the page's login). */
const lockHolders = async (page: Page, id: number) => {
  const response = await page.request.get(
    `${baseURL}/api/payload-locked-documents?depth=1&where[document.value][equals]=${id}`,
  )
  const { docs } = (await response.json()) as { docs: { user: { value: { email: string } } }[] }
  return docs.map((lock) => lock.user.value.email)
}

beforeAll(async () => {
  ;({ baseURL, stop: stopServer } = await startProductionServer())
  browser = await launchBrowser()
  editorPage = await openAdminPage({ browser })
  approverPage = await openAdminPage({ browser })
  mkdirSync(screenshots, { recursive: true })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stopServer?.()
})

describe('the review workflow in the admin, in Chromium, against the production build', () => {
  it('refuses the editor’s own approval with a message naming who may approve', async () => {
    const page = editorPage
    await logIn({ page, baseURL, email: 'editor@qalia.local' })
    const inReview = await page.request.get(
      `${baseURL}/api/posts?where[status][equals]=in_review&sort=publishAt&depth=0&limit=1`,
    )
    postId = (await inReview.json()).docs[0].id
    await openPost(page, postId)
    await expect(page.locator('[data-workflow-status]').getAttribute('data-workflow-status')).resolves.toBe(
      'in_review',
    )
    await expect(page.getByRole('button', { name: /^Publier/ }).count()).resolves.toBe(0)

    await chooseStatus(page, 'Approuvé')
    await save(page)
    // Payload's toast lays out what follows the colon as a list: the roles that may approve.
    const toast = page.locator('.payload-toast-container li', { hasText: '« En relecture » → « Approuvé »' })
    await toast.waitFor()
    await expect(toast.innerText()).resolves.toMatch(/est réservé à[\s\S]*Approbateur[\s\S]*Administrateur/)
    await page.screenshot({ path: path.join(screenshots, 'approve-refused.png') })
    expect((await latest(page, postId)).status).toBe('in_review')
    // The editor's changed form holds Payload's edit lock on the post, and the editor stays on it.
    await expect.poll(() => lockHolders(page, postId)).toEqual(['editor@qalia.local'])
  })

  it('lets the approver take the post over from the editor who still has it open, and request changes', async () => {
    const page = approverPage
    await logIn({ page, baseURL, email: 'approver@qalia.local' })
    await openPost(page, postId)
    // No "document locked" dialog stands between the approver and the review.
    await expect(page.locator('.document-locked').count()).resolves.toBe(0)
    await chooseStatus(page, 'Modifications demandées')
    await page.fill('#field-reviewComment', 'Ajoutez une capture du tableau de bord.')
    await save(page)
    await page.locator('[data-workflow-status="changes_requested"]').waitFor()
    const post = await latest(page, postId)
    expect(post.status).toBe('changes_requested')
    expect(post.reviewLog.at(-1)).toMatchObject({
      from: 'in_review',
      to: 'changes_requested',
      comment: 'Ajoutez une capture du tableau de bord.',
    })
    await expect(page.getByText('Ajoutez une capture du tableau de bord.').count()).resolves.toBeGreaterThan(
      0,
    )
    await page.screenshot({ path: path.join(screenshots, 'changes-requested.png'), fullPage: true })
    // The save released the editor's lock: the post is back in the editor's hands, free to edit.
    expect(await lockHolders(editorPage, postId)).not.toContain('editor@qalia.local')
    console.log(`Screenshots of the review workflow: ${screenshots}`)
  })
})
