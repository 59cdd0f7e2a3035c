import type { Migration, Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { migrations as postgresMigrations } from '../../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite'
import { seedEditorialLine } from 'payload-plugin-editorial-line'
import { qaliaEditorialLine } from 'payload-plugin-editorial-line/qalia'
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
      channels: 2,
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

describe(`the publishAt timezone migration (${testDatabaseKind()})`, () => {
  let payload: Payload
  let stop: () => Promise<void>
  beforeEach(async () => {
    ;({ payload, stop } = await startPayload({ push: false }))
  })
  afterEach(async () => stop?.())

  const all = () =>
    (testDatabaseKind() === 'postgres' ? postgresMigrations : sqliteMigrations) as unknown as Migration[]
  const before = () =>
    all().slice(
      0,
      all().findIndex((migration) => migration.name.endsWith('_publish_at_timezone')),
    )
  const run = (query: string) => {
    const drizzle = payload.db.drizzle as unknown as {
      run?: (query: unknown) => Promise<unknown>
      execute?: (query: unknown) => Promise<unknown>
    }
    return drizzle.run ? drizzle.run(sql.raw(query)) : drizzle.execute!(sql.raw(query))
  }
  const insertPost = async (title: string) => {
    await run(
      `INSERT INTO posts (title, channel, status, publish_at, updated_at, created_at) VALUES ('${title}', 'linkedin', 'draft', '2026-03-03T07:30:00.000Z', '2026-01-05T08:00:00.000Z', '2026-01-05T08:00:00.000Z')`,
    )
    await run(
      `INSERT INTO _posts_v (parent_id, version_title, version_publish_at, updated_at, created_at) SELECT id, title, publish_at, updated_at, created_at FROM posts WHERE title = '${title}'`,
    )
  }
  // Straight from the adapter: these hand-written rows have no `_status` or `latest` for find's draft logic.
  const stored = async () => {
    const { docs } = await payload.db.find<Record<string, unknown>>({
      collection: 'posts',
      pagination: false,
    })
    const { docs: versions } = await payload.db.findVersions<Record<string, unknown>>({
      collection: 'posts',
      pagination: false,
    })
    return {
      posts: docs.map((post) => [new Date(post.publishAt as string).toISOString(), post.publishAt_tz]),
      versions: versions.map(({ version }) => [
        new Date(version.publishAt as string).toISOString(),
        version.publishAt_tz,
      ]),
    }
  }

  it("gives the posts written before it the plan's timezone, their instant unchanged", async () => {
    expect(before().length).toBeGreaterThan(0)
    await payload.db.migrate({ migrations: before() })
    await run(`INSERT INTO editorial_plan (start_month, timezone) VALUES ('2026-01', 'America/Montreal')`)
    await insertPost('Avant le fuseau')

    await payload.db.migrate({ migrations: all() })
    expect(await stored()).toEqual({
      posts: [['2026-03-03T07:30:00.000Z', 'America/Montreal']],
      versions: [['2026-03-03T07:30:00.000Z', 'America/Montreal']],
    })
  })

  it('gives them Europe/Paris when no plan is stored', async () => {
    await payload.db.migrate({ migrations: before() })
    await insertPost('Sans plan')

    await payload.db.migrate({ migrations: all() })
    expect(await stored()).toEqual({
      posts: [['2026-03-03T07:30:00.000Z', 'Europe/Paris']],
      versions: [['2026-03-03T07:30:00.000Z', 'Europe/Paris']],
    })
  })
})

describe(`the channels migration (${testDatabaseKind()})`, () => {
  let payload: Payload
  let stop: () => Promise<void>
  beforeEach(async () => {
    ;({ payload, stop } = await startPayload({ push: false }))
  })
  afterEach(async () => stop?.())

  const all = () =>
    (testDatabaseKind() === 'postgres' ? postgresMigrations : sqliteMigrations) as unknown as Migration[]
  const before = () =>
    all().slice(
      0,
      all().findIndex((migration) => migration.name.endsWith('_channels_keep')),
    )
  const run = (query: string) => {
    const drizzle = payload.db.drizzle as unknown as {
      run?: (query: unknown) => Promise<unknown>
      execute?: (query: unknown) => Promise<unknown>
    }
    return drizzle.run ? drizzle.run(sql.raw(query)) : drizzle.execute!(sql.raw(query))
  }
  const insertPost = async (title: string, channel: string) => {
    await run(
      `INSERT INTO posts (title, channel, status, updated_at, created_at) VALUES ('${title}', '${channel}', 'draft', '2026-01-05T08:00:00.000Z', '2026-01-05T08:00:00.000Z')`,
    )
    await run(
      `INSERT INTO _posts_v (parent_id, version_title, version_channel, updated_at, created_at) SELECT id, title, '${channel}', updated_at, created_at FROM posts WHERE title = '${title}'`,
    )
  }

  it('keeps every post’s channel: one channel per value the old select held, posts and versions pointing at it', async () => {
    await payload.db.migrate({ migrations: before() })
    if (testDatabaseKind() === 'postgres') {
      // A host whose `channels` option listed a newsletter had it in the select's enum.
      await run(`ALTER TYPE "enum_posts_channel" ADD VALUE 'newsletter'`)
      await run(`ALTER TYPE "enum__posts_v_version_channel" ADD VALUE 'newsletter'`)
    }
    await insertPost('Sur LinkedIn', 'linkedin')
    await insertPost('Dans la lettre', 'newsletter')
    await insertPost('Encore LinkedIn', 'linkedin')

    await payload.db.migrate({ migrations: all() })
    const { docs: channels } = await payload.db.find<{ id: number; slug: string; name: string }>({
      collection: 'channels',
      sort: 'id',
      pagination: false,
    })
    expect(channels.map((channel) => [channel.slug, channel.name])).toEqual([
      ['linkedin', 'linkedin'],
      ['newsletter', 'newsletter'],
    ])
    const slugOf = (id: unknown) => channels.find((channel) => String(channel.id) === String(id))?.slug
    const { docs: posts } = await payload.db.find<{ title: string; channel: unknown }>({
      collection: 'posts',
      sort: 'title',
      pagination: false,
    })
    expect(posts.map((post) => [post.title, slugOf(post.channel)])).toEqual([
      ['Dans la lettre', 'newsletter'],
      ['Encore LinkedIn', 'linkedin'],
      ['Sur LinkedIn', 'linkedin'],
    ])
    const { docs: versions } = await payload.db.findVersions<{ title: string; channel: unknown }>({
      collection: 'posts',
      sort: 'version.title',
      pagination: false,
    })
    expect(versions.map(({ version }) => [version.title, slugOf(version.channel)])).toEqual([
      ['Dans la lettre', 'newsletter'],
      ['Encore LinkedIn', 'linkedin'],
      ['Sur LinkedIn', 'linkedin'],
    ])
  })

  it('makes no channel on a database without posts: the seed brings the line’s own', async () => {
    await payload.db.migrate({ migrations: all() })
    expect((await payload.db.count({ collection: 'channels', where: {} })).totalDocs).toBe(0)
  })
})
