import { expect } from 'vitest'

import { startServer } from '../e2e/server'
import { APPROVER, EDITOR, login, ok } from './api'
import { type Query, checkConsistency } from './consistency'
import { burst, preparePosts } from './workload'

/** Posts prepared before each burst; the burst sends two requests per post. */
export const POSTS = 50

/**
 * From before the first save of the burst commits to well inside it: the 100 saves run one after
 * another on SQLite and took about 0.4 s for the first answer and 9 s for the last on a busy 2-core machine.
 */
export const KILL_DELAYS_MS = [30, 600, 1500, 3500, 6000]

/**
 * One crash: a server on `databaseUri` prepares posts, takes the burst and is SIGKILLed
 * `killAfterMs` into it; a second server must then start on what it left and stop cleanly, after
 * which `inspect` reads the database directly (the server no longer holds it).
 */
export const crashRun = async ({
  label,
  databaseUri,
  killAfterMs,
  inspect,
}: {
  label: string
  databaseUri: string
  killAfterMs: number
  inspect: (check: (args: { query: Query }) => ReturnType<typeof checkConsistency>) => Promise<{
    integrity: string[]
    problems: string[]
    postsChecked: number
  }>
}) => {
  const server = await startServer({ databaseUri })
  let outcome: Awaited<ReturnType<typeof burst>>
  let prepared: Awaited<ReturnType<typeof preparePosts>>
  try {
    const editor = await login({ baseURL: server.baseURL, email: EDITOR })
    const approver = await login({ baseURL: server.baseURL, email: APPROVER })
    prepared = await preparePosts({ editor, count: POSTS })
    outcome = await burst({ editor, approver, posts: prepared, killAfterMs, kill: server.kill })
  } finally {
    // Idempotent: ends the server when preparing failed before the burst could kill it.
    await server.kill()
  }

  // The server must come back on what the crash left, then leave the database alone for the checks.
  const restarted = await startServer({ databaseUri })
  try {
    const editor = await login({ baseURL: restarted.baseURL, email: EDITOR })
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
