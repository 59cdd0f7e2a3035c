import type { Browser } from 'playwright-core'

import { type ChildProcess, spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../e2e/browser'
import { freePort } from '../e2e/server'
import { blankAppEnv } from './blankAppBuild'

/**
 * The plugin as another team would use it: packed with `npm pack`, installed from the tarball into a
 * blank Payload app laid out as `create-payload-app` lays one out (its own folders, its own `users`
 * and `pages`, two target groups of its own, `withPayload` and no `transpilePackages`), its import map generated, its schema
 * migrated, built for production (once for every file: blankAppBuild.ts) and served.
 */
const folder = mkdtempSync(path.join(tmpdir(), 'editorial-line-blank-app-'))
const { app, template } = inject('blankApp')
/** The blank app's own environment (see blankAppEnv), on this file's copy of the migrated database. */
const appEnv = (env: Record<string, string> = {}) =>
  blankAppEnv({ DATABASE_URI: `file:${path.join(folder, 'app.db')}`, ...env })

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
  copyFileSync(template, path.join(folder, 'app.db'))

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
      if ((await fetch(`${baseURL}/api/posts?limit=1`)).ok) break
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

describe('the packed plugin in a blank Payload app', () => {
  it('imports its admin components from the installed package', () => {
    const importMap = readFileSync(path.join(app, 'src/app/(payload)/admin/importMap.js'), 'utf8')
    expect(importMap).toContain("from 'payload-plugin-editorial-line/rsc'")
    expect(importMap).toContain("from 'payload-plugin-editorial-line/client'")
  })

  it('refuses a post outside its target’s window, on publishAt', async () => {
    const response = await api('POST', '/posts', {
      body: post(parisWinter(`${firstWeekday(1)} 14:00`)),
      token: editorToken,
    })
    expect(response.status).toBe(400)
    const paths = (response.body.errors[0].data.errors as { path: string }[]).map((error) => error.path)
    expect(paths).toContain('publishAt')
  })

  it('sends a compliant post to review', async () => {
    const response = await api('POST', '/posts', {
      body: post(parisWinter(`${firstWeekday(2)} 09:30`)),
      token: editorToken,
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.status).toBe('in_review')
  })

  it('leaves the host’s own collection working', async () => {
    const created = await api('POST', '/pages', { body: { title: 'À propos' }, token: adminToken })
    expect(created.status).toBe(201)
    const listed = await api('GET', '/pages?depth=0', { token: adminToken })
    expect(listed.body.docs.map((page: { title: string }) => page.title)).toEqual(['À propos'])
  })

  it('serves its admin views and the host’s in Chromium', async () => {
    browser = await launchBrowser()
    const page = await browser.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    await page.goto(`${baseURL}/admin/login`)
    await page.fill('input[name="email"]', 'admin@blank.local')
    await page.fill('input[name="password"]', 'blank-password-1')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'))

    await page.goto(`${baseURL}/admin/mix?month=${year}-01`)
    await page.locator('li[data-group]').first().waitFor()
    const gauges = await page
      .locator('li[data-group]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-group')))
    expect(gauges).toEqual(['libraires', 'lecteurs'])
    // The host's group labels, and none of QALIA's. The host names no language: its admin stays in
    // Payload's English whatever the browser asks, and the labels follow it.
    const text = await page.locator('main, .template-default').first().innerText()
    expect(text).toContain('Bookshops')
    expect(text).toContain('Lecteurs')
    for (const qalia of ['Organismes de formation', 'Coachs', 'Auditeurs', 'Autres'])
      expect(text).not.toContain(qalia)
    // The package's stylesheet reached the host's admin: the gauges have its look (a 22px track).
    await expect(
      page
        .locator('li[data-group] .el-gauge__track')
        .first()
        .evaluate((element) => getComputedStyle(element).height),
    ).resolves.toBe('22px')

    await page.goto(`${baseURL}/admin/collections/posts`)
    await page.getByText('La rentrée littéraire en trois titres').first().waitFor()

    await page.goto(`${baseURL}/admin/collections/pages`)
    await page.getByText('À propos').first().waitFor()
  })
})
