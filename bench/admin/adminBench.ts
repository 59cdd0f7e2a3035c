import type { Page } from 'playwright-core'

import { createClient } from '@libsql/client'
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

import { launchBrowser } from '../../tests/e2e/browser'
import { openAdminPage } from '../../tests/e2e/session'
import { seedForPosts } from '../../tests/helpers/editorialLine'
import { insertRows, random } from '../fill'
import { median, medians } from '../measure'
import { benchRows, LARGE, MIX_MONTH, SMALL } from '../rows'
import { PLAIN_POSTS_SLUG } from './plainPostsPlugin'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/** The app variant's production build, beside `.next` and the e2e suite's `.next-e2e`. */
const DIST_DIR = '.next-bench'
/** Production refuses a secret shorter than 32 characters (src/config/payloadSecret.ts). */
const SECRET = 'bench-secret-0123456789abcdef0123456789'
const PASSWORD = 'demo-password'
const EDITOR = 'editor@bench.local'
const RUNS = 7
const WARMUP = 2

export type AdminResult = {
  measure: string
  goal: string
  measured: string
  ratio: number
  /** No limit: printed for the record. */
  limit: null | number
  whenMissed?: string
  /** Printed under the table in every run: where the measured time goes. */
  note?: string
}

/** What the app variant's build and servers run with. */
const appEnv = (extra: Record<string, string>) => ({
  ...process.env,
  // The bench runs under `--conditions=development` (tsx); the app must not (it would load packages'
  // development builds where they have one, as Lexical does).
  NODE_OPTIONS: '--no-deprecation',
  BENCH_ADMIN_APP: '1',
  NEXT_DIST_DIR: DIST_DIR,
  PAYLOAD_SECRET: SECRET,
  NEXT_TELEMETRY_DISABLED: '1',
  // The every-minute jobs queue would fall inside some loads and not others.
  JOBS_AUTORUN: 'false',
  ...extra,
})

/**
 * Builds the app variant (`bench/admin/payload.config.ts`: the app plus a plain collection) for production
 * into `.next-bench`; `BENCH_SKIP_BUILD=true` reuses a build already there (one made from the current
 * sources: the bench cannot tell).
 */
const buildApp = ({ log }: { log: (message: string) => void }) => {
  if (process.env.BENCH_SKIP_BUILD === 'true' && existsSync(path.join(root, DIST_DIR, 'BUILD_ID'))) {
    log(`reusing the production build in ${DIST_DIR} (BENCH_SKIP_BUILD=true)`)
    return
  }
  log(`building the app variant for production into ${DIST_DIR} (several minutes)…`)
  execFileSync('npm', ['run', 'build:plugin'], { cwd: root, stdio: 'inherit' })
  const folder = mkdtempSync(path.join(tmpdir(), 'qalia-bench-build-'))
  try {
    execFileSync('npx', ['next', 'build'], {
      cwd: root,
      env: appEnv({ DATABASE_URI: `file:${path.join(folder, 'build.db')}`, NODE_ENV: 'production' }),
      stdio: 'inherit',
    })
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

/** `next start` of the variant on a free port of 127.0.0.1, on `databaseUri`; `stop` ends its process group. */
const startApp = async ({ databaseUri }: { databaseUri: string }) => {
  const port = await freePort()
  const server: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: appEnv({ DATABASE_URI: databaseUri, NODE_ENV: 'production' }),
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const pid = server.pid!
  const baseURL = `http://127.0.0.1:${port}`
  const stop = async () => {
    try {
      process.kill(-pid, 'SIGTERM')
    } catch {
      return
    }
    for (let waited = 0; waited < 30_000; waited += 100) {
      try {
        process.kill(-pid, 0)
      } catch {
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    process.kill(-pid, 'SIGKILL')
  }
  for (const deadline = Date.now() + 120_000; ;) {
    try {
      if ((await fetch(`${baseURL}/api/posts?limit=1`)).status < 500) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`the bench's production server did not answer on ${baseURL}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { baseURL, stop }
}

/**
 * Fills `file` with the editorial line, an admin and an editor, and the 1,000 posts in both the plugin's
 * posts and the plain collection, through the variant's own config (its schema pushed as in development).
 * Returns the post to open and its twin in the plain collection, and the name the preview shows.
 */
const fillSmall = async ({ file }: { file: string }) => {
  process.env.DATABASE_URI = `file:${file}`
  process.env.PAYLOAD_SECRET = SECRET
  process.env.JOBS_AUTORUN = 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('./payload.config')
  const payload = await getPayload({ config })
  try {
    const ids = await seedForPosts({ payload })
    // The first account of a database becomes an admin.
    await payload.create({
      collection: 'users',
      data: { email: 'admin@bench.local', name: 'Admin', password: PASSWORD, roles: ['admin'] },
    })
    await payload.create({
      collection: 'users',
      data: { email: EDITOR, name: 'Editor', password: PASSWORD, roles: ['editor'] },
    })
    const { small, more } = benchRows({ ids, next: random(2026) })
    await insertRows({ payload, table: 'posts', rows: small })
    await insertRows({ payload, table: PLAIN_POSTS_SLUG.replace('-', '_'), rows: small })
    // A draft of the mix month, as an editor opens one to finish it; its twin has the same title.
    const {
      docs: [post],
    } = await payload.find({
      collection: 'posts',
      where: {
        and: [
          { status: { equals: 'draft' } },
          { publishAt: { greater_than_equal: `${MIX_MONTH}-01T00:00:00.000Z` } },
          { publishAt: { less_than: `${MIX_MONTH}-28T00:00:00.000Z` } },
        ],
      },
      limit: 1,
      depth: 0,
    })
    if (!post) throw new Error(`no draft post in ${MIX_MONTH} to open`)
    const twin = await payload.find({
      collection: PLAIN_POSTS_SLUG as 'posts',
      where: { title: { equals: post.title } },
      limit: 1,
      depth: 0,
    })
    const channel = await payload.findByID({ collection: 'channels', id: ids.channels.linkedin, depth: 0 })
    return { postId: post.id, plainId: twin.docs[0].id, channelName: channel.name as string, more }
  } finally {
    ;(payload.db as unknown as { client?: { close: () => void } }).client?.close()
    await payload.destroy()
  }
}

/** Everything into the main file, so that a copy of it alone is the whole database. */
const checkpoint = async (file: string) => {
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  client.close()
}

/** Milliseconds from asking for `url` until `ready` resolves on the page. */
const load = async ({
  page,
  url,
  ready,
}: {
  page: Page
  url: string
  ready: (page: Page) => Promise<unknown>
}) => {
  const start = performance.now()
  await page.goto(url, { waitUntil: 'commit' })
  await ready(page)
  return performance.now() - start
}

const drawn = (selector: string) => async (page: Page) => {
  await page.waitForLoadState('load')
  await page.locator(selector).first().waitFor()
}

const ms = (value: number) => `${value.toFixed(0)} ms`

/**
 * Goal 3 of #30: what an editor waits for in the admin of a production build, in Chromium, on SQLite.
 * The post edit view until its form is ready, its live checklist has its verdicts and its preview shows
 * the post's channel, against the plain collection's edit view until its form is ready (1,000 posts);
 * the home page, the mix view and the calendar month, 100,000 posts vs 1,000.
 */
export const adminResults = async ({ log }: { log: (message: string) => void }): Promise<AdminResult[]> => {
  buildApp({ log })
  const folder = mkdtempSync(path.join(tmpdir(), 'qalia-bench-admin-'))
  const smallFile = path.join(folder, 'small.db')
  const largeFile = path.join(folder, 'large.db')
  const stops: (() => Promise<void>)[] = []
  try {
    log(`filling a database with ${SMALL.toLocaleString('en')} posts (and the plain collection's twins)…`)
    const { postId, plainId, channelName, more } = await fillSmall({ file: smallFile })
    await checkpoint(smallFile)
    copyFileSync(smallFile, largeFile)
    log(`…and a copy of it with ${LARGE.toLocaleString('en')}`)
    const large = createClient({ url: `file:${largeFile}` })
    const asPayload = { db: { name: 'sqlite', client: large } } as never
    await insertRows({ payload: asPayload, table: 'posts', rows: more })
    await insertRows({ payload: asPayload, table: PLAIN_POSTS_SLUG.replace('-', '_'), rows: more })
    await large.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    large.close()

    log('starting a production server on each database…')
    const smallApp = await startApp({ databaseUri: `file:${smallFile}` })
    stops.push(smallApp.stop)
    const largeApp = await startApp({ databaseUri: `file:${largeFile}` })
    stops.push(largeApp.stop)
    // The login page, as a visitor first sees it (no session): for the record, beside the goals.
    const loginPage = async (baseURL: string) => {
      const start = performance.now()
      await (await fetch(`${baseURL}/admin/login`)).text()
      return performance.now() - start
    }
    const loginSmall = await loginPage(smallApp.baseURL)
    const loginLarge = await loginPage(largeApp.baseURL)
    log(`the login page (no session): ${ms(loginLarge)} at ${LARGE} posts, ${ms(loginSmall)} at ${SMALL}`)
    const browser = await launchBrowser()
    stops.push(() => browser.close())
    // One browser context per server: each has its own session cookie.
    const smallPage = await openAdminPage({ browser })
    const largePage = await openAdminPage({ browser })
    // A server's first admin pages load its code: far beyond playwright's 30 s on a busy machine.
    for (const page of [smallPage, largePage]) page.setDefaultTimeout(180_000)
    // Through the REST API, whose cookie the page's context keeps: the login page costs what an
    // anonymous visitor's access costs (printed above), not what an editor waits for.
    for (const [page, baseURL] of [
      [smallPage, smallApp.baseURL],
      [largePage, largeApp.baseURL],
    ] as const) {
      const answer = await page.request.post(`${baseURL}/api/users/login`, {
        data: { email: EDITOR, password: PASSWORD },
      })
      if (!answer.ok()) throw new Error(`logging in on ${baseURL}: ${answer.status()}`)
    }

    // When each part of the post's view was there, from navigation (the last RUNS loads are the measured ones).
    const postSteps = { form: [] as number[], checklist: [] as number[], preview: [] as number[] }
    const postLoad = async () => {
      const start = performance.now()
      await smallPage.goto(`${smallApp.baseURL}/admin/collections/posts/${postId}`, { waitUntil: 'commit' })
      await smallPage.locator('form[data-form-ready="true"]').waitFor()
      postSteps.form.push(performance.now() - start)
      await smallPage.locator('[data-live-checklist][data-done]').waitFor()
      postSteps.checklist.push(performance.now() - start)
      await smallPage
        .locator('[data-post-preview] [data-preview-channel]', { hasText: channelName })
        .waitFor()
      postSteps.preview.push(performance.now() - start)
      return performance.now() - start
    }
    const formReady = (page: Page) => page.locator('form[data-form-ready="true"]').waitFor()
    const views = {
      home: { path: '/admin', ready: drawn('[data-home-page]') },
      mix: { path: `/admin/mix?month=${MIX_MONTH}`, ready: drawn(`[data-mix="${MIX_MONTH}"]`) },
      calendar: {
        path: `/admin/calendar?view=month&date=${MIX_MONTH}-01`,
        ready: drawn('[data-range-view="month"]'),
      },
    }
    const on = (page: Page, baseURL: string, view: keyof typeof views) => ({
      run: () => load({ page, url: `${baseURL}${views[view].path}`, ready: views[view].ready }),
    })
    log(`admin pages in Chromium: ${WARMUP} warm-up loads and ${RUNS} measured, each page in turn…`)
    const times = await medians({
      cases: {
        post: { run: postLoad },
        plain: {
          run: () =>
            load({
              page: smallPage,
              url: `${smallApp.baseURL}/admin/collections/${PLAIN_POSTS_SLUG}/${plainId}`,
              ready: formReady,
            }),
        },
        homeSmall: on(smallPage, smallApp.baseURL, 'home'),
        homeLarge: on(largePage, largeApp.baseURL, 'home'),
        mixSmall: on(smallPage, smallApp.baseURL, 'mix'),
        mixLarge: on(largePage, largeApp.baseURL, 'mix'),
        calendarSmall: on(smallPage, smallApp.baseURL, 'calendar'),
        calendarLarge: on(largePage, largeApp.baseURL, 'calendar'),
      },
      runs: RUNS,
      warmup: WARMUP,
    })
    const scale = `${LARGE.toLocaleString('en')} vs ${SMALL.toLocaleString('en')} posts`
    return [
      {
        measure:
          `Admin login page, one load without a session (server-rendered HTML, fetched): ${scale}. An anonymous ` +
          "request's access to the media collection reads every approved or published post's media (media/loadPublicMediaIds.ts)",
        goal: 'for the record',
        measured: `${ms(loginLarge)} vs ${ms(loginSmall)}`,
        ratio: loginLarge / loginSmall,
        limit: null,
      },
      {
        measure:
          'Admin (Chromium, production build), post edit view until its form is ready, its live checklist has its ' +
          'verdicts and its preview shows the channel: plugin post vs a plain collection with the same fields (its form ready)',
        goal: '≤ 1.5×',
        measured: `${ms(times.post)} vs ${ms(times.plain)}`,
        ratio: times.post / times.plain,
        limit: 1.5,
        whenMissed:
          "The plugin's edit view draws, beyond the plain one, the brief, the slot picker, the mix hint, the " +
          'dependent menus and the workflow status, then asks the server for the live checklist and the preview ' +
          "reads the post's channel once the form has hydrated.",
        note:
          `**The post edit view, step by step** (medians from navigation): the form ready at ` +
          `${ms(median(postSteps.form.slice(-RUNS)))} (the plain collection's: ${ms(times.plain)}), the live ` +
          `checklist's verdicts at ${ms(median(postSteps.checklist.slice(-RUNS)))}, the preview with its channel at ` +
          `${ms(median(postSteps.preview.slice(-RUNS)))}.`,
      },
      {
        measure: `Admin, home page (/admin) until drawn: ${scale}`,
        goal: '≤ 1.5×',
        measured: `${ms(times.homeLarge)} vs ${ms(times.homeSmall)}`,
        ratio: times.homeLarge / times.homeSmall,
        limit: 1.5,
      },
      {
        measure: `Admin, mix view (/admin/mix, ${MIX_MONTH}) until drawn: ${scale}`,
        goal: '≤ 1.5×',
        measured: `${ms(times.mixLarge)} vs ${ms(times.mixSmall)}`,
        ratio: times.mixLarge / times.mixSmall,
        limit: 1.5,
      },
      {
        measure: `Admin, calendar month (${MIX_MONTH}, 40 posts in it) until drawn: ${scale}`,
        goal: '≤ 1.5×',
        measured: `${ms(times.calendarLarge)} vs ${ms(times.calendarSmall)}`,
        ratio: times.calendarLarge / times.calendarSmall,
        limit: 1.5,
      },
    ]
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined)
    rmSync(folder, { recursive: true, force: true })
  }
}
