import type { Page } from 'playwright-core'

import { expect } from 'vitest'

import type { ApiClient } from './apiClient'

/** The host's first account, which the plugin makes its admin, and the editor it creates. */
const ADMIN = { email: 'admin@blank.local', password: 'blank-password-1' }
const EDITOR = { email: 'editor@blank.local', password: 'blank-password-2' }

const year = new Date().getUTCFullYear() + 1

/** January next year (`yyyy-MM`): the month the small line's plan starts with and mixes. */
export const SMALL_LINE_MONTH = `${year}-01`

/**
 * The first `weekday` (0 Sunday to 6 Saturday) of January next year at `time` (`HH:mm`), Paris
 * wall-clock time in winter (UTC+1), as an instant: next year, so that no test's date is in the past.
 */
const nextJanuary = ({ weekday, time }: { weekday: number; time: string }) => {
  const day = [1, 2, 3, 4, 5, 6, 7].find((d) => new Date(Date.UTC(year, 0, d)).getUTCDay() === weekday)!
  return new Date(`${SMALL_LINE_MONTH}-${String(day).padStart(2, '0')}T${time}:00+01:00`).toISOString()
}

/** Around the small line's window (Tuesdays from 09:00 to 10:00): the first Monday at 14:00, outside. */
export const OUTSIDE_WINDOW = nextJanuary({ weekday: 1, time: '14:00' })
/** The first Tuesday at 09:30, inside the window. */
export const INSIDE_WINDOW = nextJanuary({ weekday: 2, time: '09:30' })

export type SmallLine = {
  adminToken: string
  editorToken: string
  ids: { target: number; phase: number; message: number }
}

/**
 * What a host's team does first after install, over REST: the host's first account (the plugin
 * makes it its admin), an editor, and a small editorial line: a target that publishes on Tuesdays
 * from 09:00 to 10:00, a phase for the whole year in text only, an active message, a plan from
 * January next year mixing the host's two groups. Every step must succeed.
 */
export const setUpSmallLine = async ({ api }: { api: ApiClient }): Promise<SmallLine> => {
  const first = await api({ method: 'POST', path: '/users/first-register', body: ADMIN })
  expect(first.status, JSON.stringify(first.body)).toBe(200)
  const adminToken: string = first.body.token
  const editor = await api({
    method: 'POST',
    path: '/users',
    body: { ...EDITOR, roles: ['editor'] },
    token: adminToken,
  })
  expect(editor.status, JSON.stringify(editor.body)).toBe(201)
  const editorToken: string = (await api({ method: 'POST', path: '/users/login', body: EDITOR })).body.token

  const target = await api({
    method: 'POST',
    path: '/targets',
    body: {
      name: 'Libraires',
      slug: 'libraires',
      mixGroup: 'libraires',
      timing: { days: ['tue'], start: '09:00', end: '10:00' },
    },
    token: adminToken,
  })
  expect(target.status, JSON.stringify(target.body)).toBe(201)
  // A line's posts go out on a channel: the first active one, as the posts below name none.
  const channel = await api({
    method: 'POST',
    path: '/channels',
    body: { name: 'Blog de la librairie', slug: 'blog' },
    token: adminToken,
  })
  expect(channel.status, JSON.stringify(channel.body)).toBe(201)
  const phase = await api({
    method: 'POST',
    path: '/phases',
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
  const message = await api({
    method: 'POST',
    path: '/messages',
    body: { text: 'Un conseil de lecture par semaine', phase: phase.body.doc.id, status: 'active' },
    token: adminToken,
  })
  expect(message.status, JSON.stringify(message.body)).toBe(201)
  const plan = await api({
    method: 'POST',
    path: '/globals/editorial-plan',
    body: {
      startMonth: SMALL_LINE_MONTH,
      timezone: 'Europe/Paris',
      mix: [{ month: SMALL_LINE_MONTH, libraires: 80, lecteurs: 20 }],
    },
    token: adminToken,
  })
  expect(plan.status, JSON.stringify(plan.body)).toBe(200)
  return {
    adminToken,
    editorToken,
    ids: { target: target.body.doc.id, phase: phase.body.doc.id, message: message.body.doc.id },
  }
}

/**
 * The editor's request to send a post of the small line to review, published at `publishAt`, through
 * `path`: the plugin's posts collection under the host's slug for it.
 */
export const submitSmallLinePost = ({
  api,
  line,
  path,
  publishAt,
}: {
  api: ApiClient
  line: SmallLine
  path: string
  publishAt: string
}) =>
  api({
    method: 'POST',
    path,
    body: {
      title: 'La rentrée littéraire en trois titres',
      target: line.ids.target,
      phase: line.ids.phase,
      message: line.ids.message,
      format: 'text',
      publishAt,
      status: 'in_review',
    },
    token: line.editorToken,
  })

/** The fields a Payload validation error names (`errors[0].data.errors[].path`). */
export const refusedPaths = ({ errors }: { errors: { data: { errors: { path: string }[] } }[] }) =>
  errors[0].data.errors.map((error) => error.path)

/** Logs the small line's admin in to the host's admin panel. */
export const logInAsSmallLineAdmin = async ({ page, baseURL }: { page: Page; baseURL: string }) => {
  await page.goto(`${baseURL}/admin/login`)
  await page.fill('input[name="email"]', ADMIN.email)
  await page.fill('input[name="password"]', ADMIN.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}
