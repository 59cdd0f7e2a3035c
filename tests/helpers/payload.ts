import type { Payload } from 'payload'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

/**
 * Starts Payload on a fresh SQLite file in a temporary folder, never the dev database.
 * Payload pushes the schema itself outside production.
 */
export const startPayload = async (): Promise<{ payload: Payload; stop: () => Promise<void> }> => {
  const folder = mkdtempSync(path.join(tmpdir(), 'qalia-test-'))
  process.env.DATABASE_URI = `file:${path.join(folder, 'test.db')}`
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    stop: async () => {
      await payload.destroy()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
