import type { Migration, Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations as postgresMigrations } from '../../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite'
import { qaliaEditorialLine, seedEditorialLine } from 'payload-plugin-editorial-line'
import { startPayload, testDatabaseKind } from '../helpers/payload'
import { listColumns, listIndexes } from '../helpers/schema'

/**
 * Production never pushes the schema: `npm start` runs the committed migrations first. These
 * tests fail when the collections change without a new migration (`npm run migrate:create`).
 */
describe(`committed migrations (${testDatabaseKind()})`, () => {
  let migrated: Payload
  let stopMigrated: () => Promise<void>
  let pushed: Payload
  let stopPushed: () => Promise<void>

  beforeAll(async () => {
    ;({ payload: migrated, stop: stopMigrated } = await startPayload({ push: false }))
    ;({ payload: pushed, stop: stopPushed } = await startPayload())
  })
  afterAll(async () => {
    await stopMigrated?.()
    await stopPushed?.()
  })

  it('start from an empty database without push', async () => {
    expect(await listColumns(migrated)).not.toContain('posts.title')
  })

  it('build exactly the schema the config describes', async () => {
    // The same files `payload migrate` reads, imported here because vitest compiles the TypeScript.
    const migrations = testDatabaseKind() === 'postgres' ? postgresMigrations : sqliteMigrations
    await migrated.db.migrate({ migrations: migrations as unknown as Migration[] })
    const expected = (await listColumns(pushed)).filter((column) => !column.startsWith('payload_migrations.'))
    const actual = (await listColumns(migrated)).filter((column) => !column.startsWith('payload_migrations.'))
    expect(expected).toContain('posts.publish_at')
    expect(actual).toEqual(expected)
    // Indexes and unique constraints too: a missing one is a slow query or a duplicate row in production.
    const expectedIndexes = (await listIndexes(pushed)).filter(
      (index) => !index.startsWith('payload_migrations'),
    )
    const actualIndexes = (await listIndexes(migrated)).filter(
      (index) => !index.startsWith('payload_migrations'),
    )
    expect(expectedIndexes).toContain('posts(target_id, status, publish_at)')
    expect(actualIndexes).toEqual(expectedIndexes)
  })

  it('give a database the seed can fill', async () => {
    expect(await seedEditorialLine({ payload: migrated, line: qaliaEditorialLine })).toEqual({
      targets: 5,
      phases: 17,
      messages: 32,
      plan: true,
    })
  })
})

describe(`the workflow migration (${testDatabaseKind()})`, () => {
  let payload: Payload
  let stop: () => Promise<void>
  beforeAll(async () => {
    ;({ payload, stop } = await startPayload({ push: false }))
  })
  afterAll(async () => stop?.())

  it('keeps posts approved before versions existed visible to API consumers, and drafts hidden', async () => {
    const all = (testDatabaseKind() === 'postgres'
      ? postgresMigrations
      : sqliteMigrations) as unknown as Migration[]
    await payload.db.migrate({ migrations: all.slice(0, 1) })
    const drizzle = payload.db.drizzle as unknown as {
      run?: (query: unknown) => Promise<unknown>
      execute?: (query: unknown) => Promise<unknown>
    }
    const insert = (title: string, status: string) => {
      const query = sql.raw(
        `INSERT INTO posts (title, channel, status, updated_at, created_at) VALUES ('${title}', 'linkedin', '${status}', '2026-01-05T08:00:00.000Z', '2026-01-05T08:00:00.000Z')`,
      )
      return drizzle.run ? drizzle.run(query) : drizzle.execute!(query)
    }
    await insert('Approuvée avant', 'approved')
    await insert('Publiée avant', 'published')
    await insert('Brouillon avant', 'draft')

    await payload.db.migrate({ migrations: all })
    const { docs } = await payload.find({ collection: 'posts', overrideAccess: false, sort: 'title' })
    expect(docs.map((post) => post.title)).toEqual(['Approuvée avant', 'Publiée avant'])
  })
})
