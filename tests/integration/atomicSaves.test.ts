import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'

import { compliantPost, createPeople, type EditorialLineIds, seedForPosts } from '../helpers/editorialLine'
import { startPayload, testDatabaseKind } from '../helpers/payload'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

type RawRunner = { execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>; drizzle: unknown }

const rowsOf = (result: unknown) =>
  ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as Record<string, unknown>[]

/** Every row of every table, as the database holds them: what "unchanged" is checked against. */
const everyRow = async () => {
  const db = payload.db as unknown as RawRunner
  const run = async (raw: string) => rowsOf(await db.execute({ drizzle: db.drizzle, raw }))
  const tables =
    testDatabaseKind() === 'postgres'
      ? await run(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
        )
      : await run(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1`)
  const dump: Record<string, unknown[]> = {}
  for (const { name } of tables) {
    dump[String(name)] = await run(`SELECT * FROM "${String(name)}" ORDER BY 1`)
  }
  return JSON.stringify(dump)
}

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload({
    editorialLine: {
      overrides: {
        posts: {
          hooks: {
            // Fails a save after Payload wrote the row, its arrays and its version, as a crash would.
            afterChange: [
              ({ context }) => {
                if (context.failAfterWrite) throw new Error('failing after the writes, on purpose')
              },
            ],
          },
        },
      },
    },
  }))
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
})
afterAll(async () => stop?.())

const compliant = () => compliantPost({ ids })

describe(`a save is all or nothing (${testDatabaseKind()})`, () => {
  it('a create that fails after its writes leaves every table as it was', async () => {
    const before = await everyRow()
    await expect(
      payload.create({
        collection: 'posts',
        data: { ...compliant(), status: 'in_review' },
        user: people.editor.user,
        overrideAccess: false,
        context: { failAfterWrite: true },
      }),
    ).rejects.toThrow('on purpose')
    expect(await everyRow()).toBe(before)
  })

  it('an approval that fails after writing status, review log and version leaves every table as it was', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { ...compliant(), status: 'in_review' },
      user: people.editor.user,
      overrideAccess: false,
    })
    const before = await everyRow()
    await expect(
      payload.update({
        collection: 'posts',
        id: post.id,
        data: { status: 'approved' },
        user: people.approver.user,
        overrideAccess: false,
        context: { failAfterWrite: true },
      }),
    ).rejects.toThrow('on purpose')
    expect(await everyRow()).toBe(before)

    // And the same approval, not failing, goes through: the rollback left nothing half-held.
    const approved = await payload.update({
      collection: 'posts',
      id: post.id,
      data: { status: 'approved' },
      user: people.approver.user,
      overrideAccess: false,
    })
    expect(approved.status).toBe('approved')
    expect(approved.reviewLog?.map((entry) => entry.to)).toEqual(['in_review', 'approved'])
  })
})
