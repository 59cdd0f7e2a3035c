import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lockRow } from '../../src/plugins/editorial-line/db/lockRow'
import { seedForPosts } from '../helpers/editorialLine'
import { startPayload, testDatabaseKind } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>
let phase: number | string

beforeAll(async () => {
  ;({ payload, stop } = await startPayload())
  await seedForPosts({ payload })
  const { docs } = await payload.find({ collection: 'phases', depth: 0, limit: 1 })
  phase = docs[0].id
})
afterAll(async () => stop?.())

/** A request inside a transaction of its own, as a save's hooks get it. */
const requestInTransaction = async () => {
  const req = await createLocalReq({}, payload)
  const transactionID = await payload.db.beginTransaction()
  req.transactionID = transactionID!
  return { req, end: () => payload.db.commitTransaction(transactionID!) }
}

/**
 * The statements the adapter runs through its statement runner while `run` runs, as the database
 * receives them: the SQL text and its bound parameters.
 */
const rawStatements = async (run: () => Promise<unknown>) => {
  type Statement = { sql: string; params: unknown[] }
  const db = payload.db as unknown as {
    drizzle: { dialect: { sqlToQuery: (statement: unknown) => Statement } }
    execute?: (args: { raw?: string; sql?: unknown }) => Promise<unknown>
  }
  const original = db.execute
  const seen: Statement[] = []
  if (original) {
    db.execute = (args) => {
      const { sql, params } = args.raw
        ? { sql: args.raw, params: [] }
        : db.drizzle.dialect.sqlToQuery(args.sql)
      seen.push({ sql, params })
      return original.call(db, args)
    }
  }
  try {
    await run()
  } finally {
    if (original) db.execute = original
  }
  return seen
}

describe(`lockRow (${testDatabaseKind()})`, () => {
  if (testDatabaseKind() === 'postgres') {
    it('holds the row until the save’s transaction ends, and locks nothing outside one', async () => {
      // Another connection, as another server's save would hold.
      const other = new pg.Client({ connectionString: process.env.DATABASE_URI })
      await other.connect()
      const tryLock = async () => {
        await other.query('BEGIN')
        try {
          await other.query('SELECT 1 FROM "phases" WHERE id = $1 FOR UPDATE NOWAIT', [phase])
        } finally {
          await other.query('ROLLBACK')
        }
      }
      try {
        const { req, end } = await requestInTransaction()
        const statements = await rawStatements(() => lockRow({ collection: 'phases', id: phase, req }))
        // The id is a bound parameter, the table and column the adapter's schema names.
        expect(statements).toEqual([
          { sql: 'SELECT 1 FROM "phases" WHERE "phases"."id" = $1 FOR UPDATE', params: [phase] },
        ])
        await expect(tryLock()).rejects.toMatchObject({ code: '55P03' }) // lock_not_available
        await end()
        await expect(tryLock()).resolves.toBeUndefined()

        // Outside a transaction a lock would end with its statement: nothing is run.
        const bare = await createLocalReq({}, payload)
        expect(await rawStatements(() => lockRow({ collection: 'phases', id: phase, req: bare }))).toEqual([])
        // An id that cannot be a row's is not written into a statement.
        const next = await requestInTransaction()
        expect(
          await rawStatements(() => lockRow({ collection: 'phases', id: "1' OR '1'='1", req: next.req })),
        ).toEqual([])
        await next.end()
      } finally {
        await other.end()
      }
    })
  } else {
    it('runs nothing: SQLite has no row locks and runs its writes one at a time', async () => {
      const { req, end } = await requestInTransaction()
      expect(await rawStatements(() => lockRow({ collection: 'phases', id: phase, req }))).toEqual([])
      await end()
    })
  }
})
