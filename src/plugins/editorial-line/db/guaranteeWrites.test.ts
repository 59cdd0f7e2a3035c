import type { DatabaseAdapterObj, Payload } from 'payload'

import { afterAll, describe, expect, it, vi } from 'vitest'

import { guaranteeWrites, MONGODB_WARNING, unknownAdapterMessage } from './guaranteeWrites.js'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

/**
 * A drizzle-like adapter as `@payloadcms/db-sqlite` starts one without `transactionOptions`: its own
 * begin opens nothing; its drizzle records the transactions it runs.
 */
const fakeAdapter = ({ name, packageName, pool }: { name: string; packageName: string; pool?: number }) => {
  const events: string[] = []
  const sessions: Record<string, { resolve: () => Promise<void>; reject: () => Promise<void> }> = {}
  const adapter = {
    name,
    defaultIDType: 'number',
    init: () => ({
      packageName,
      poolOptions: pool === undefined ? undefined : { max: pool },
      initializing: Promise.resolve(),
      sessions,
      drizzle: {
        transaction: async (run: (tx: unknown) => Promise<void>) => {
          events.push('BEGIN')
          try {
            await run('tx')
            events.push('COMMIT')
          } catch (error) {
            events.push('ROLLBACK')
            throw error
          }
        },
      },
      beginTransaction: async () => null,
      // drizzle's own, as the adapters keep them.
      commitTransaction: async (id: string) => {
        const session = sessions[id]
        delete sessions[id]
        try {
          await session.resolve()
        } catch {
          await session.reject()
        }
      },
      rollbackTransaction: async (id: string) => {
        const session = sessions[id]
        delete sessions[id]
        await session.reject()
      },
    }),
  } as unknown as DatabaseAdapterObj
  return { adapter, events }
}

const start = (adapter: DatabaseAdapterObj) => guaranteeWrites({ adapter }).init({ payload: {} as Payload })

describe('guaranteeWrites', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  afterAll(() => warn.mockRestore())

  it('on SQLite, makes every write a real transaction, one at a time, whatever the adapter began', async () => {
    const { adapter, events } = fakeAdapter({ name: 'sqlite', packageName: '@payloadcms/db-sqlite' })
    const db = start(adapter)
    const first = await db.beginTransaction()
    expect(first).toEqual(expect.any(String))
    expect(events).toEqual(['BEGIN'])
    let second: null | number | string = null
    const waiting = db.beginTransaction().then((id) => (second = id))
    await tick()
    expect(second).toBeNull()
    await db.rollbackTransaction(first!)
    await waiting
    await db.commitTransaction(second!)
    expect(events).toEqual(['BEGIN', 'ROLLBACK', 'BEGIN', 'COMMIT'])
    // A host that set no busy timeout gets one.
    expect((db as unknown as { busyTimeout: number }).busyTimeout).toBeGreaterThan(0)
  })

  it("on PostgreSQL, opens at most the pool's size minus two at once", async () => {
    const { adapter } = fakeAdapter({ name: 'postgres', packageName: '@payloadcms/db-postgres', pool: 4 })
    const db = start(adapter)
    await db.beginTransaction()
    await db.beginTransaction()
    let third = false
    void db.beginTransaction().then(() => (third = true))
    await tick()
    expect(third).toBe(false)
    // Ends the queue: the third write would otherwise wait out its 60-second timeout, and be refused then
    // during another test file of this worker (vitest.config.ts: isolate false), as an unhandled rejection.
    await db.destroy!()
  })

  it('refuses a PostgreSQL pool too small to leave connections free', () => {
    const { adapter } = fakeAdapter({ name: 'postgres', packageName: '@payloadcms/db-postgres', pool: 2 })
    expect(() => start(adapter)).toThrow(/pool: \{ max \} \}\) 3 or more/)
  })

  it('refuses an adapter it does not know, at config time by name and at start by package', () => {
    expect(() => guaranteeWrites({ adapter: fakeAdapter({ name: 'd1', packageName: 'x' }).adapter })).toThrow(
      unknownAdapterMessage('d1'),
    )
    const { adapter } = fakeAdapter({ name: 'sqlite', packageName: '@payloadcms/db-d1-sqlite' })
    expect(() => start(adapter)).toThrow(unknownAdapterMessage('@payloadcms/db-d1-sqlite'))
    expect(unknownAdapterMessage('d1')).toMatch(/Use @payloadcms\/db-sqlite or @payloadcms\/db-postgres/)
  })

  it('leaves MongoDB as it is, warning once what does not hold', () => {
    const { adapter } = fakeAdapter({ name: 'mongoose', packageName: '@payloadcms/db-mongodb' })
    expect(guaranteeWrites({ adapter })).toBe(adapter)
    expect(guaranteeWrites({ adapter })).toBe(adapter)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn).toHaveBeenCalledWith(MONGODB_WARNING)
  })
})
