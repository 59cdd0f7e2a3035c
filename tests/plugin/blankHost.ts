import { copyFileSync } from 'node:fs'
import { expect, inject } from 'vitest'

import { type Session, call } from '../crash/api'
import { type RunningServer, startServer } from '../e2e/server'
import { blankAppEnv } from './blankAppBuild'

export const PASSWORD = 'blank-password-1'
export const ADMIN = 'admin@blank.local'
export const EDITOR = 'editor@blank.local'
export const APPROVER = 'approver@blank.local'

/** The blank app of the global setup, as `startServer` serves another app. */
export const blankApp = () => ({ folder: inject('blankApp').app, env: blankAppEnv() })

/** A database of the blank app's schema, empty, at `file` (a copy of the global setup's template). */
export const freshBlankDatabase = ({ file }: { file: string }) => {
  copyFileSync(inject('blankApp').template, file)
  return `file:${file}`
}

/** The blank app served on `databaseUri`. */
export const serveBlankApp = ({ databaseUri }: { databaseUri: string }): Promise<RunningServer> =>
  startServer({ databaseUri, app: blankApp() })

/** One REST call that must succeed; the parsed body. */
const must = async <T = { doc: { id: number } }>(args: Parameters<typeof call>[0], status = [200, 201]) => {
  const response = await call<T>(args)
  expect(status, `${args.method} ${args.path}: ${JSON.stringify(response.body)}`).toContain(response.status)
  return response.body
}

export type BlankLine = {
  admin: Session
  editor: Session
  approver: Session
  target: number
  phase: number
  message: number
}

/** Logs in one of the accounts `seedBlankLine` made. */
export const blankLogin = async ({
  baseURL,
  email,
}: {
  baseURL: string
  email: string
}): Promise<Session> => {
  const response = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`login of ${email} failed: ${response.status}`)
  return { baseURL, token: body.token }
}

/**
 * What a host's team sets up after install, over REST: the first account (the plugin makes it its
 * admin), an editor and an approver; a target that publishes on weekday mornings, a phase for the
 * whole year, an active message, and a plan from this month.
 */
export const seedBlankLine = async ({ baseURL }: { baseURL: string }): Promise<BlankLine> => {
  const first = await fetch(`${baseURL}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN, password: PASSWORD }),
  })
  expect(first.status).toBe(200)
  const admin = await blankLogin({ baseURL, email: ADMIN })
  for (const [email, role] of [
    [EDITOR, 'editor'],
    [APPROVER, 'approver'],
  ])
    await must({
      session: admin,
      method: 'POST',
      path: '/api/users',
      body: { email, password: PASSWORD, roles: [role] },
    })
  const target = await must({
    session: admin,
    method: 'POST',
    path: '/api/targets',
    body: {
      name: 'Libraires',
      slug: 'libraires',
      mixGroup: 'libraires',
      timing: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '10:00' },
    },
  })
  // A line's posts go out on a channel: the first active one, as the posts name none.
  await must({ session: admin, method: 'POST', path: '/api/channels', body: { name: 'Blog', slug: 'blog' } })
  const phase = await must({
    session: admin,
    method: 'POST',
    path: '/api/phases',
    body: {
      target: target.doc.id,
      key: 'awareness',
      name: 'Libraires — Découverte',
      order: 1,
      months: { from: 1, to: 12 },
      formats: ['text'],
    },
  })
  const message = await must({
    session: admin,
    method: 'POST',
    path: '/api/messages',
    body: { text: 'Un conseil de lecture par semaine', phase: phase.doc.id, status: 'active' },
  })
  await must({
    session: admin,
    method: 'POST',
    path: '/api/globals/editorial-plan',
    body: { startMonth: new Date().toISOString().slice(0, 7), timezone: 'Europe/Paris' },
  })
  return {
    admin,
    editor: await blankLogin({ baseURL, email: EDITOR }),
    approver: await blankLogin({ baseURL, email: APPROVER }),
    target: target.doc.id,
    phase: phase.doc.id,
    message: message.doc.id,
  }
}

/** The weekdays of a month next year (`month` 1 to 12), as `yyyy-MM-dd`. */
export const weekdaysOf = ({ month }: { month: number }) => {
  const year = new Date().getUTCFullYear() + 1
  const days: string[] = []
  for (
    let day = new Date(Date.UTC(year, month - 1, 1));
    day.getUTCMonth() === month - 1;
    day.setUTCDate(day.getUTCDate() + 1)
  )
    if (day.getUTCDay() >= 1 && day.getUTCDay() <= 5) days.push(day.toISOString().slice(0, 10))
  return days
}

/** 09:30 on a day, Paris wall-clock time, as an instant (`+01:00` in winter, `+02:00` in summer). */
export const parisMorning = (day: string) => {
  const month = Number(day.slice(5, 7))
  return new Date(`${day}T09:30:00${month >= 4 && month <= 10 ? '+02:00' : '+01:00'}`).toISOString()
}

/** A compliant post of the blank line on `day`. */
export const blankPost = ({ line, day, title }: { line: BlankLine; day: string; title: string }) => ({
  title,
  target: line.target,
  phase: line.phase,
  message: line.message,
  format: 'text',
  publishAt: parisMorning(day),
})
