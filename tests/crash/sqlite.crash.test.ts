import { createClient } from '@libsql/client'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { seedDemo, startServer } from '../e2e/server'
import { APPROVER, EDITOR, login, ok } from './api'
import { checkConsistency } from './consistency'
import { burst, preparePosts } from './workload'

/** From the first writes of the burst to its last ones: 100 saves one after another take a few seconds. */
const KILL_DELAYS_MS = [30, 200, 450, 800, 1500]
const POSTS = 50

let folder: string
let template: string

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'qalia-crash-'))
  template = path.join(folder, 'template.db')
  seedDemo({ databaseUri: `file:${template}` })
  // Everything into the main file, so a copy of it alone is the whole seeded database.
  const client = createClient({ url: `file:${template}` })
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  client.close()
}, 600_000)

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true })
})

// Each run on its own copy of the seeded database: a failure belongs to one kill delay, and a run
// never starts from what an earlier crash left behind.
it.each(KILL_DELAYS_MS)(
  'a save cut by SIGKILL %i ms into the burst is all or nothing',
  async (killAfterMs) => {
    const file = path.join(folder, `run-${killAfterMs}.db`)
    copyFileSync(template, file)
    const databaseUri = `file:${file}`

    const server = await startServer({ databaseUri })
    let outcome: Awaited<ReturnType<typeof burst>>
    let prepared: Awaited<ReturnType<typeof preparePosts>>
    try {
      const editor = await login({ baseURL: server.baseURL, email: EDITOR })
      const approver = await login({ baseURL: server.baseURL, email: APPROVER })
      prepared = await preparePosts({ editor, count: POSTS })
      outcome = await burst({ editor, approver, posts: prepared, killAfterMs, kill: server.kill })
    } finally {
      await server.kill()
    }

    // The server must come back on what the crash left, then leave the file closed for the checks.
    const restarted = await startServer({ databaseUri })
    try {
      const editor = await login({ baseURL: restarted.baseURL, email: EDITOR })
      await ok({ session: editor, path: '/api/posts?depth=0&limit=1' })
    } finally {
      await restarted.stop()
    }

    const client = createClient({ url: databaseUri })
    try {
      const integrity = (await client.execute('PRAGMA integrity_check')).rows.map((row) => row[0])
      const foreignKeys = (await client.execute('PRAGMA foreign_key_check')).rows
      const { problems, postsChecked } = await checkConsistency({
        query: async (sql) => (await client.execute(sql)).rows as unknown as Record<string, unknown>[],
      })
      const { answered, requests } = outcome
      console.log(
        `[crash sqlite] kill after ${killAfterMs} ms: ${prepared.drafts.length} drafts + ${prepared.inReview.length} in review; ` +
          `${answered.total}/${requests} requests answered before the kill ` +
          `(${answered.ok} saved, ${answered.refused} refused, ${answered.failed} failed); ` +
          `${postsChecked} posts checked, ${problems.length} problems`,
      )
      for (const problem of problems) console.log(`  ${problem}`)

      // Enough real writes to mean something: most posts were created and half went to review.
      expect(prepared.drafts.length + prepared.inReview.length).toBeGreaterThanOrEqual(POSTS * 0.8)
      expect(prepared.inReview.length).toBeGreaterThanOrEqual(POSTS * 0.3)
      expect(integrity).toEqual(['ok'])
      expect(foreignKeys).toEqual([])
      expect(problems).toEqual([])
    } finally {
      client.close()
    }
  },
)
