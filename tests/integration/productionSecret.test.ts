import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { runScript } from '../helpers/runScript'

describe('production without a usable PAYLOAD_SECRET', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'qalia-secret-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  // `npm start` runs `payload migrate` first, which loads the config: the start must end there.
  // (A short secret rather than none: Payload's CLI would fill an empty one from a developer's .env.)
  it('stops `npm run migrate` at once, non-zero, naming the variable, before touching the database', async () => {
    const database = path.join(folder, 'never', 'production.db')
    const { code, stderr } = await runScript({
      script: 'migrate',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'too-short',
        DATABASE_URI: `file:${database}`,
      },
      timeout: 60_000,
    })
    expect(stderr).toMatch(/PAYLOAD_SECRET is 9 characters long: .*at least 32 characters/)
    expect(stderr).toContain('openssl rand -hex 32')
    expect(code).not.toBeNull() // null: still running at the timeout
    expect(code).not.toBe(0)
    expect(existsSync(path.dirname(database))).toBe(false)
  })
})
