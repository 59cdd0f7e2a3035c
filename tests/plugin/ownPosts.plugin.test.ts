import type { Browser } from 'playwright-core'

import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../e2e/browser'
import { freePort } from '../e2e/server'
import { writeBlankApp } from './blankApp'

/**
 * A blog that already has a `posts` collection installs the packed plugin with
 * `slugs: { posts: 'social-posts' }`: both collections live side by side, over REST and in the admin.
 */
const root = path.resolve(import.meta.dirname, '../..')
const folder = mkdtempSync(path.join(tmpdir(), 'editorial-line-own-posts-'))
const app = path.join(folder, 'app')
/**
 * The blank app's own environment: none of the npm settings of the command running this test (they
 * name this workspace), no NODE_ENV of the test runner (npm would skip dev dependencies under some).
 */
const appEnv = (env: Record<string, string> = {}) =>
  ({
    ...Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('npm_') && name !== 'NODE_ENV'),
    ),
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: `file:${path.join(folder, 'app.db')}`,
    ...env,
  }) as unknown as NodeJS.ProcessEnv
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { cwd: app, env: appEnv(env), stdio: 'inherit' })

let baseURL: string
let server: ChildProcess | undefined
let browser: Browser | undefined
let adminToken: string
let editorToken: string

const api = async (
  method: string,
  pathAndQuery: string,
  { body, token }: { body?: unknown; token?: string } = {},
) => {
  const response = await fetch(`${baseURL}/api${pathAndQuery}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** An instant given as Paris wall-clock time in winter (UTC+1). */
const parisWinter = (local: string) => new Date(`${local.replace(' ', 'T')}:00+01:00`).toISOString()
const year = new Date().getUTCFullYear() + 1
/** The first Tuesday and Monday of January next year. */
const firstWeekday = (weekday: number) => {
  const day = [1, 2, 3, 4, 5, 6, 7].find((d) => new Date(Date.UTC(year, 0, d)).getUTCDay() === weekday)!
  return `${year}-01-${String(day).padStart(2, '0')}`
}

let ids: { target: number; phase: number; message: number }

beforeAll(async () => {
  const pack = path.join(folder, 'pack')
  mkdirSync(pack, { recursive: true })
  execFileSync('npm', ['pack', '--pack-destination', pack], {
    cwd: path.join(root, 'src/plugins/editorial-line'),
    stdio: 'inherit',
  })
  const tarball = path.join(
    pack,
    readdirSync(pack).find((name) => name.endsWith('.tgz'))!,
  )
  writeBlankApp({
    folder: app,
    tarball,
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
  run('npm', ['install', '--no-audit', '--no-fund', '--include=dev'])
  // Payload's CLI on Node 20 needs the development condition (Lexical's top-level await).
  const cli = { NODE_OPTIONS: '--conditions=development' }
  run('npx', ['payload', 'generate:importmap'], cli)
  run('npx', ['payload', 'migrate:create', 'initial'], cli)
  run('npx', ['payload', 'migrate'], cli)
  run('npx', ['next', 'build'], { NODE_ENV: 'production' })

  const port = await freePort()
  baseURL = `http://127.0.0.1:${port}`
  server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: app,
    env: appEnv({ NODE_ENV: 'production' }),
    detached: true,
    stdio: 'inherit',
  })
  const deadline = Date.now() + 90_000
  for (;;) {
    try {
      if ((await fetch(`${baseURL}/api/social-posts?limit=1`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the blank app did not answer on ${baseURL}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }

  // The host's first account becomes the plugin's admin; it sets up a small editorial line.
  const first = await api('POST', '/users/first-register', {
    body: { email: 'admin@blank.local', password: 'blank-password-1' },
  })
  expect(first.status, JSON.stringify(first.body)).toBe(200)
  adminToken = first.body.token
  const editor = await api('POST', '/users', {
    body: { email: 'editor@blank.local', password: 'blank-password-2', roles: ['editor'] },
    token: adminToken,
  })
  expect(editor.status, JSON.stringify(editor.body)).toBe(201)
  editorToken = (
    await api('POST', '/users/login', { body: { email: 'editor@blank.local', password: 'blank-password-2' } })
  ).body.token

  const target = await api('POST', '/targets', {
    body: {
      name: 'Libraires',
      slug: 'libraires',
      mixGroup: 'libraires',
      timing: { days: ['tue'], start: '09:00', end: '10:00' },
    },
    token: adminToken,
  })
  expect(target.status, JSON.stringify(target.body)).toBe(201)
  const phase = await api('POST', '/phases', {
    body: {
      target: target.body.doc.id,
      key: 'awareness',
      name: 'Libraires — Découverte',
      order: 1,
      months: { from: 1, to: 12 },
      formats: ['text'],
    },
    token: adminToken,
  })
  expect(phase.status, JSON.stringify(phase.body)).toBe(201)
  const message = await api('POST', '/messages', {
    body: { text: 'Un conseil de lecture par semaine', phase: phase.body.doc.id, status: 'active' },
    token: adminToken,
  })
  expect(message.status, JSON.stringify(message.body)).toBe(201)
  const plan = await api('POST', '/globals/editorial-plan', {
    body: {
      startMonth: `${year}-01`,
      timezone: 'Europe/Paris',
      mix: [{ month: `${year}-01`, libraires: 80, lecteurs: 20 }],
    },
    token: adminToken,
  })
  expect(plan.status, JSON.stringify(plan.body)).toBe(200)
  ids = { target: target.body.doc.id, phase: phase.body.doc.id, message: message.body.doc.id }
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  try {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM')
  } catch {
    // already gone
  }
  rmSync(folder, { recursive: true, force: true })
})

const post = (publishAt: string) => ({
  title: 'La rentrée littéraire en trois titres',
  target: ids.target,
  phase: ids.phase,
  message: ids.message,
  format: 'text',
  channel: 'linkedin',
  publishAt,
  status: 'in_review',
})

let socialPostId: number
let blogPostId: number

describe('a blog with posts of its own, the plugin’s posts as social-posts', () => {
  it('keeps the host’s posts a plain collection: no workflow, no rules', async () => {
    const created = await api('POST', '/posts', { body: { title: 'Hello blog' }, token: adminToken })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc).not.toHaveProperty('status')
    blogPostId = created.body.doc.id
    const listed = await api('GET', '/posts?depth=0')
    expect(listed.body.docs.map((doc: { title: string }) => doc.title)).toEqual(['Hello blog'])
  })

  it('refuses a social post outside its target’s window, on publishAt', async () => {
    const response = await api('POST', '/social-posts', {
      body: post(parisWinter(`${firstWeekday(1)} 14:00`)),
      token: editorToken,
    })
    expect(response.status).toBe(400)
    const paths = (response.body.errors[0].data.errors as { path: string }[]).map((error) => error.path)
    expect(paths).toContain('publishAt')
  })

  it('sends a compliant social post to review, the host’s posts untouched', async () => {
    const response = await api('POST', '/social-posts', {
      body: post(parisWinter(`${firstWeekday(2)} 09:30`)),
      token: editorToken,
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.status).toBe('in_review')
    socialPostId = response.body.doc.id
    const blog = await api('GET', `/posts/${blogPostId}?depth=0`)
    expect(blog.body.title).toBe('Hello blog')
    const mix = await api('GET', `/social-posts/mix?month=${year}-01`, { token: adminToken })
    expect(mix.status).toBe(200)
    expect(mix.body.totals.pipeline).toBe(1)
  })

  it('serves a social post’s edit view, the plugin’s views and the host’s posts in Chromium', async () => {
    browser = await launchBrowser()
    const page = await browser.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    await page.goto(`${baseURL}/admin/login`)
    await page.fill('input[name="email"]', 'admin@blank.local')
    await page.fill('input[name="password"]', 'blank-password-1')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'))

    // The edit view: its brief reads the phase through the renamed collections' REST paths.
    await page.goto(`${baseURL}/admin/collections/social-posts/${socialPostId}`)
    await page.locator('[data-brief-panel]').first().waitFor()
    await expect.poll(() => page.locator('[data-format-select]').count()).toBeGreaterThan(0)

    await page.goto(`${baseURL}/admin/mix?month=${year}-01`)
    await page.locator('li[data-group]').first().waitFor()

    // The calendar links each post to its edit view under the new slug.
    await page.goto(`${baseURL}/admin/calendar?view=month&date=${year}-01-01`)
    const chip = page.locator(`a[data-post-id="${socialPostId}"]`)
    await chip.waitFor()
    expect(await chip.getAttribute('href')).toBe(`/admin/collections/social-posts/${socialPostId}`)

    await page.goto(`${baseURL}/admin/collections/posts`)
    await page.getByText('Hello blog').first().waitFor()
  })
})
