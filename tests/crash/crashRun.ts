import { expect } from 'vitest'

import { type OtherApp, startServer } from '../e2e/server'
import { APPROVER, EDITOR, login, ok, type Session } from './api'
import { type Query, checkConsistency } from './consistency'
import { burst, preparePosts } from './workload'

/** Posts prepared before each burst; the burst sends two requests per post. */
export const POSTS = 50

/**
 * From before the first save of the burst commits to well inside it: the 100 saves run one after
 * another on SQLite and took about 0.4 s for the first answer and 9 s for the last on a busy 2-core machine.
 */
export const KILL_DELAYS_MS = [30, 600, 1500, 3500, 6000]

/** The demo accounts of this app's seed (src/seed/demoData.ts). */
const demoSessions = async ({ baseURL }: { baseURL: string }) => ({
  editor: await login({ baseURL, email: EDITOR }),
  approver: await login({ baseURL, email: APPROVER }),
})

/**
 * One crash: a server on `databaseUri` prepares posts, takes the burst and is SIGKILLed
 * `killAfterMs` into it; a second server must then start on what it left and stop cleanly, after
 * which `inspect` reads the database directly (the server no longer holds it). By default the server
 * is this app's e2e build with its demo accounts; `app` and `sessions` serve another (the blank host
 * app of `test:plugin`) with accounts of its own.
 */
export const crashRun = async ({
  label,
  databaseUri,
  killAfterMs,
  inspect,
  app,
  sessions = demoSessions,
}: {
  label: string
  databaseUri: string
  killAfterMs: number
  app?: OtherApp
  sessions?: (args: { baseURL: string }) => Promise<{ editor: Session; approver: Session }>
  inspect: (check: (args: { query: Query }) => ReturnType<typeof checkConsistency>) => Promise<{
    integrity: string[]
    problems: string[]
    postsChecked: number
  }>
}) => {
  const server = await startServer({ databaseUri, app })
  let outcome: Awaited<ReturnType<typeof burst>>
  let prepared: Awaited<ReturnType<typeof preparePosts>>
  try {
    const { editor, approver } = await sessions({ baseURL: server.baseURL })
    prepared = await preparePosts({ editor, count: POSTS })
    outcome = await burst({ editor, approver, posts: prepared, killAfterMs, kill: server.kill })
  } finally {
    // Idempotent: ends the server when preparing failed before the burst could kill it.
    await server.kill()
  }

  // The server must come back on what the crash left, then leave the database alone for the checks.
  const restarted = await startServer({ databaseUri, app })
  try {
    const { editor } = await sessions({ baseURL: restarted.baseURL })
    await ok({ session: editor, path: '/api/posts?depth=0&limit=1' })
  } finally {
    await restarted.stop()
  }

  const { integrity, problems, postsChecked } = await inspect(checkConsistency)
  const { answered, requests, firstAnswerMs, lastAnswerMs } = outcome
  console.log(
    `[crash ${label}] kill after ${killAfterMs} ms: ${prepared.drafts.length} drafts + ${prepared.inReview.length} in review; ` +
      `${answered.total}/${requests} requests answered before the kill ` +
      `(${answered.ok} saved, ${answered.refused} refused, ${answered.failed} failed; ` +
      `first at ${firstAnswerMs ?? '-'} ms, last at ${lastAnswerMs ?? '-'} ms); ` +
      `${postsChecked} posts checked, ${problems.length} problems`,
  )
  for (const problem of problems) console.log(`  ${problem}`)

  // Enough real writes to mean something: most posts were created and a third at least went to review.
  expect(prepared.drafts.length + prepared.inReview.length).toBeGreaterThanOrEqual(POSTS * 0.8)
  expect(prepared.inReview.length).toBeGreaterThanOrEqual(POSTS * 0.3)
  expect(integrity).toEqual(['ok'])
  expect(problems).toEqual([])
}
