import type { Browser } from 'playwright-core'

import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../e2e/browser'
import { type ApiClient, apiClient } from './apiClient'
import { blankAppEnv } from './blankAppBuild'
import { installBlankApp } from './installBlankApp'
import {
  INSIDE_WINDOW,
  logInAsSmallLineAdmin,
  OUTSIDE_WINDOW,
  refusedPaths,
  SMALL_LINE_MONTH,
  type SmallLine,
  setUpSmallLine,
  submitSmallLinePost,
} from './smallLine'
import { type BlankServer, startBlankServer } from './startBlankServer'

/**
 * A blog that already has a `posts` collection installs the packed plugin with
 * `slugs: { posts: 'social-posts' }`: both collections live side by side, over REST and in the admin.
 */
const folder = mkdtempSync(path.join(tmpdir(), 'editorial-line-own-posts-'))
const app = path.join(folder, 'app')
/** The blank app's own environment (see blankAppEnv), on its own database. */
const appEnv = (env: Record<string, string> = {}) =>
  blankAppEnv({ DATABASE_URI: `file:${path.join(folder, 'app.db')}`, ...env })
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { cwd: app, env: appEnv(env), stdio: 'inherit' })

let baseURL: string
let server: BlankServer | undefined
let browser: Browser | undefined
let api: ApiClient
let line: SmallLine

beforeAll(async () => {
  installBlankApp({
    folder,
    app,
    env: appEnv(),
    // The same packages as the run's first blank app (both on SQLite): its node_modules, hard-linked.
    modulesFrom: inject('blankApp'),
    hostCollections: `{
      slug: 'posts',
      admin: { useAsTitle: 'title' },
      access: { read: () => true },
      fields: [{ name: 'title', type: 'text', required: true }],
    },`,
    pluginOptions: `{
      slugs: { posts: 'social-posts' },
      groups: [
        { value: 'libraires', label: { fr: 'Librairies', en: 'Bookshops' } },
        { value: 'lecteurs', label: 'Lecteurs' },
      ],
    }`,
  })
  // Payload's CLI on Node 20 needs the development condition (Lexical's top-level await).
  const cli = { NODE_OPTIONS: '--conditions=development' }
  run('npx', ['payload', 'generate:importmap'], cli)
  run('npx', ['payload', 'migrate:create', 'initial'], cli)
  run('npx', ['payload', 'migrate'], cli)
  run('npx', ['next', 'build'], { NODE_ENV: 'production' })

  // Ready once the renamed collection answers: the host's own `/api/posts` is no sign of the plugin.
  server = await startBlankServer({ app, env: appEnv(), readyPath: '/api/social-posts?limit=1' })
  baseURL = server.baseURL
  api = apiClient({ baseURL })
  // The host's first account becomes the plugin's admin; it sets up a small editorial line.
  line = await setUpSmallLine({ api })
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  server?.stop()
  rmSync(folder, { recursive: true, force: true })
})

let socialPostId: number
let blogPostId: number

describe('a blog with posts of its own, the plugin’s posts as social-posts', () => {
  it('keeps the host’s posts a plain collection: no workflow, no rules', async () => {
    const created = await api({
      method: 'POST',
      path: '/posts',
      body: { title: 'Hello blog' },
      token: line.adminToken,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc).not.toHaveProperty('status')
    blogPostId = created.body.doc.id
    const listed = await api({ path: '/posts?depth=0' })
    expect(listed.body.docs.map((doc: { title: string }) => doc.title)).toEqual(['Hello blog'])
  })

  it('refuses a social post outside its target’s window, on publishAt', async () => {
    const response = await submitSmallLinePost({
      api,
      line,
      path: '/social-posts',
      publishAt: OUTSIDE_WINDOW,
    })
    expect(response.status).toBe(400)
    expect(refusedPaths(response.body)).toContain('publishAt')
  })

  it('sends a compliant social post to review, the host’s posts untouched', async () => {
    const response = await submitSmallLinePost({ api, line, path: '/social-posts', publishAt: INSIDE_WINDOW })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.status).toBe('in_review')
    socialPostId = response.body.doc.id
    const blog = await api({ path: `/posts/${blogPostId}?depth=0` })
    expect(blog.body.title).toBe('Hello blog')
    const mix = await api({ path: `/social-posts/mix?month=${SMALL_LINE_MONTH}`, token: line.adminToken })
    expect(mix.status).toBe(200)
    expect(mix.body.totals.pipeline).toBe(1)
  })

  it('serves a social post’s edit view, the plugin’s views and the host’s posts in Chromium', async () => {
    browser = await launchBrowser()
    const page = await browser.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    await logInAsSmallLineAdmin({ page, baseURL })

    // The edit view: its brief reads the phase through the renamed collections' REST paths.
    await page.goto(`${baseURL}/admin/collections/social-posts/${socialPostId}`)
    await page.locator('[data-brief-panel]').first().waitFor()
    await expect.poll(() => page.locator('[data-format-select]').count()).toBeGreaterThan(0)

    await page.goto(`${baseURL}/admin/mix?month=${SMALL_LINE_MONTH}`)
    await page.locator('li[data-group]').first().waitFor()

    // The calendar links each post to its edit view under the new slug.
    await page.goto(`${baseURL}/admin/calendar?view=month&date=${SMALL_LINE_MONTH}-01`)
    const chip = page.locator(`a[data-post-id="${socialPostId}"]`)
    await chip.waitFor()
    expect(await chip.getAttribute('href')).toBe(`/admin/collections/social-posts/${socialPostId}`)

    await page.goto(`${baseURL}/admin/collections/posts`)
    await page.getByText('Hello blog').first().waitFor()
  })
})
