import type { Browser } from 'playwright-core'

import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../e2e/browser'
import { type ApiClient, apiClient } from './apiClient'
import { blankAppEnv } from './blankAppBuild'
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
 * The plugin as another team would use it: packed with `npm pack`, installed from the tarball into a
 * blank Payload app laid out as `create-payload-app` lays one out (its own folders, its own `users`
 * and `pages`, two target groups of its own, `withPayload` and no `transpilePackages`), its import map generated, its schema
 * migrated, built for production (once for every file: blankAppBuild.ts) and served.
 */
const folder = mkdtempSync(path.join(tmpdir(), 'editorial-line-blank-app-'))
const { app, template } = inject('blankApp')

let baseURL: string
let server: BlankServer | undefined
let browser: Browser | undefined
let api: ApiClient
let line: SmallLine

beforeAll(async () => {
  copyFileSync(template, path.join(folder, 'app.db'))
  // The blank app's own environment (see blankAppEnv), on this file's copy of the migrated database.
  server = await startBlankServer({
    app,
    env: blankAppEnv({ DATABASE_URI: `file:${path.join(folder, 'app.db')}` }),
    readyPath: '/api/posts?limit=1',
  })
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

describe('the packed plugin in a blank Payload app', () => {
  it('imports its admin components from the installed package', () => {
    const importMap = readFileSync(path.join(app, 'src/app/(payload)/admin/importMap.js'), 'utf8')
    expect(importMap).toContain("from 'payload-plugin-editorial-line/rsc'")
    expect(importMap).toContain("from 'payload-plugin-editorial-line/client'")
  })

  it('refuses a post outside its target’s window, on publishAt', async () => {
    const response = await submitSmallLinePost({ api, line, path: '/posts', publishAt: OUTSIDE_WINDOW })
    expect(response.status).toBe(400)
    expect(refusedPaths(response.body)).toContain('publishAt')
  })

  it('sends a compliant post to review', async () => {
    const response = await submitSmallLinePost({ api, line, path: '/posts', publishAt: INSIDE_WINDOW })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.status).toBe('in_review')
  })

  it('leaves the host’s own collection working', async () => {
    const created = await api({
      method: 'POST',
      path: '/pages',
      body: { title: 'À propos' },
      token: line.adminToken,
    })
    expect(created.status).toBe(201)
    const listed = await api({ path: '/pages?depth=0', token: line.adminToken })
    expect(listed.body.docs.map((page: { title: string }) => page.title)).toEqual(['À propos'])
  })

  it('serves its admin views and the host’s in Chromium', async () => {
    browser = await launchBrowser()
    const page = await browser.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    await logInAsSmallLineAdmin({ page, baseURL })

    await page.goto(`${baseURL}/admin/mix?month=${SMALL_LINE_MONTH}`)
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
