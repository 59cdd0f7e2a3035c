import type { CollectionConfig, Payload, SanitizedConfig } from 'payload'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig, getPayload } from 'payload'
import pg from 'pg'
import sharp from 'sharp'

import { Users } from '../../src/collections/Users'
import { databaseAdapter } from '../../src/db/databaseAdapter'
import { guaranteeWrites } from '../../src/plugins/editorial-line/db/guaranteeWrites'
import { editorialLine, type EditorialLineOptions } from 'payload-plugin-editorial-line'
import { qalia } from 'payload-plugin-editorial-line/qalia'
import { type RestClient, restClient } from './rest'

/**
 * The database the integration suites run on: a fresh SQLite file in a temporary folder, or, when
 * `TEST_POSTGRES_URI` points at a PostgreSQL server (see `npm run test:pg`), a fresh database
 * created on it. Never the dev database.
 */
const freshDatabase = async (): Promise<{ uri: string; drop: () => Promise<void> }> => {
  const server = process.env.TEST_POSTGRES_URI
  if (!server) {
    const folder = mkdtempSync(path.join(tmpdir(), 'qalia-test-'))
    return {
      uri: `file:${path.join(folder, 'test.db')}`,
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    }
  }
  const name = `qalia_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const uri = new URL(server)
  uri.pathname = `/${name}`
  return {
    uri: uri.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: server })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

/**
 * The first Payload of a test file takes Payload's default cache key, which the GraphQL route
 * handler uses; any further one in the same file gets a key of its own. Files run one after another
 * in a worker that keeps its modules (vitest.config.ts: `isolate: false`), so this module, the app's
 * config and Payload's caches outlive a file: `stop` hands them back clean. A file that changes the
 * environment the app's config reads calls `vi.resetModules()` before it starts and after it ends
 * (notifications.test.ts).
 */
let defaultKeyTaken = false

export const testDatabaseKind = () => (process.env.TEST_POSTGRES_URI ? 'postgres' : 'sqlite')

/**
 * Starts Payload on a fresh database with the app's config. By default Payload pushes the schema
 * itself, as in development; with `push: false` the database starts empty and only migrations shape
 * it. With `editorialLine` options, a bare host (users and the plugin so configured) replaces the
 * app's config (QALIA's preset, then these options); `collections` are the bare host's own, beside its users.
 */
export const startPayload = async ({
  push = true,
  editorialLine: pluginOptions,
  collections = [],
}: { push?: boolean; editorialLine?: EditorialLineOptions; collections?: CollectionConfig[] } = {}): Promise<{
  payload: Payload
  /** Calls the REST API as an HTTP client would, through Payload's own request handling. */
  rest: RestClient
  stop: () => Promise<void>
}> => {
  const database = await freshDatabase()
  process.env.DATABASE_URI = database.uri
  // Payload skips a push whose schema it pushed before in this process: every fresh database needs one.
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  const db = databaseAdapter({ uri: database.uri, push }) as SanitizedConfig['db']
  const config: SanitizedConfig = pluginOptions
    ? await buildConfig({
        admin: { user: Users.slug },
        collections: [Users, ...collections],
        db,
        // The app's languages: French by default, English on request.
        i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr' },
        // The app's preset, then the test's options.
        plugins: [editorialLine({ ...qalia, ...pluginOptions })],
        secret: 'test-secret',
        sharp,
      })
    : // The app's config is built once per worker, with its first database: this one's adapter gets
      // the plugin's guarantees as the plugin gives them to the adapter it finds.
      {
        ...(await (
          await import('../../src/payload.config')
        ).default),
        db: guaranteeWrites({ adapter: db }) as SanitizedConfig['db'],
      }
  const key = defaultKeyTaken ? database.uri : 'default'
  defaultKeyTaken = true
  const payload = await getPayload({ config, key })
  return {
    payload,
    rest: restClient({ config, key }),
    stop: async () => {
      // Payload's destroy() leaves connections open: close SQLite's, and let PostgreSQL's idle
      // ones be cut when the database is dropped without reporting that as an error.
      const connections = payload.db as unknown as {
        client?: { close: () => void }
        pool?: { on: (event: 'error', listener: () => void) => void }
      }
      connections.pool?.on('error', () => undefined)
      connections.client?.close()
      await payload.destroy()
      await database.drop()
      // The next file this worker runs (vitest.config.ts: `isolate: false`) starts its own Payload:
      // forget this one in Payload's cache and give the default key back, and drop the GraphQL schema
      // the route handler built from this config (it keeps the first one it builds, in a global).
      const caches = globalThis as unknown as {
        _payload?: Map<string, unknown>
        _payload_graphql?: { graphql: unknown; promise: unknown }
      }
      caches._payload?.delete(key)
      if (caches._payload_graphql) Object.assign(caches._payload_graphql, { graphql: null, promise: null })
      if (key === 'default') defaultKeyTaken = false
    },
  }
}
