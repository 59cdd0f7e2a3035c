import type { DatabaseAdapterObj, Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import { limitTransactions } from './limitTransactions.js'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

/** An adapter that records its transaction calls; `beginReturns` is what its own begin answers. */
const fakeAdapter = ({ beginReturns }: { beginReturns: null | string }) => {
  const calls: string[] = []
  let next = 0
  const adapter = {
    name: 'fake',
    defaultIDType: 'number',
    init: () => ({
      beginTransaction: async () => {
        calls.push('begin')
        return beginReturns === null ? null : `${beginReturns}-${++next}`
      },
      commitTransaction: async (id: unknown) => {
        calls.push(`commit ${await id}`)
      },
      rollbackTransaction: async (id: unknown) => {
        calls.push(`rollback ${await id}`)
      },
      destroy: async () => {
        calls.push('destroy')
      },
    }),
  } as unknown as DatabaseAdapterObj
  return { adapter, calls }
}

const start = (adapter: DatabaseAdapterObj) => adapter.init({ payload: {} as Payload })

describe('limitTransactions', () => {
  it('ends its queue when the adapter is destroyed: a write still waiting never begins, a new one is refused', async () => {
    const { adapter, calls } = fakeAdapter({ beginReturns: 'tx' })
    const db = start(limitTransactions({ adapter, size: 1, database: true }))
    await db.beginTransaction() // never ended, as a save cut short by the shutdown
    let waiter = 'waiting'
    void db.beginTransaction().then(
      () => (waiter = 'began'),
      () => (waiter = 'refused'),
    )
    await db.destroy!()
    await expect(db.beginTransaction()).rejects.toThrow(/adapter was destroyed/)
    await tick()
    expect(waiter).toBe('waiting')
    expect(calls).toEqual(['begin', 'destroy'])
  })

  it('without database transactions, lets one write in at a time until it commits or rolls back', async () => {
    const { adapter, calls } = fakeAdapter({ beginReturns: null })
    const db = start(limitTransactions({ adapter, size: 1, database: false }))
    const first = await db.beginTransaction()
    expect(first).toEqual(expect.any(String))

    let secondId: null | number | string = null
    const second = db.beginTransaction().then((id) => (secondId = id))
    await tick()
    expect(secondId).toBeNull()
    await db.rollbackTransaction(first!)
    await second
    expect(secondId).toEqual(expect.any(String))
    expect(secondId).not.toBe(first)

    let third = false
    const waiting = db.beginTransaction().then(() => (third = true))
    await tick()
    expect(third).toBe(false)
    // Payload may hand over the promise of the id rather than the id.
    await db.commitTransaction(Promise.resolve(secondId!))
    await waiting
    expect(third).toBe(true)
    // The adapter's own transactions are never opened.
    expect(calls).toEqual([])
  })

  it("with database transactions, opens the adapter's own and caps how many are open", async () => {
    const { adapter, calls } = fakeAdapter({ beginReturns: 'tx' })
    const db = start(limitTransactions({ adapter, size: 2, database: true }))
    const ids = [await db.beginTransaction(), await db.beginTransaction()]
    expect(ids).toEqual(['tx-1', 'tx-2'])

    let third: null | number | string = null
    const waiting = db.beginTransaction().then((id) => (third = id))
    await tick()
    expect(third).toBeNull()
    await db.commitTransaction('tx-1')
    await waiting
    expect(third).toBe('tx-3')
    await db.rollbackTransaction('tx-2')
    expect(calls).toEqual(['begin', 'begin', 'commit tx-1', 'begin', 'rollback tx-2'])
  })

  it('frees the place at once when the adapter opens no transaction', async () => {
    const { adapter } = fakeAdapter({ beginReturns: null })
    const db = start(limitTransactions({ adapter, size: 1, database: true }))
    expect(await db.beginTransaction()).toBeNull()
    let second = false
    void db.beginTransaction().then(() => (second = true))
    await tick()
    expect(second).toBe(true)
  })
})
