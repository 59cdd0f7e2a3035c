import { describe, expect, it } from 'vitest'

import { createSemaphore } from './semaphore.js'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('createSemaphore', () => {
  it('with a size of 1, lets one holder in at a time, in arrival order', async () => {
    const semaphore = createSemaphore({ size: 1 })
    const events: string[] = []
    const hold = async (name: string) => {
      const release = await semaphore.acquire()
      events.push(`${name} in`)
      await tick()
      events.push(`${name} out`)
      release()
    }
    await Promise.all(['a', 'b', 'c'].map((name) => hold(name)))
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out'])
  })

  it('never lets more than its size in at once', async () => {
    const semaphore = createSemaphore({ size: 3 })
    let inside = 0
    let most = 0
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        const release = await semaphore.acquire()
        inside++
        most = Math.max(most, inside)
        await tick()
        inside--
        release()
      }),
    )
    expect(most).toBe(3)
  })

  it('lets the next waiter in when a holder releases, not before', async () => {
    const semaphore = createSemaphore({ size: 1 })
    const release = await semaphore.acquire()
    let second = false
    const waiting = semaphore.acquire().then((releaseSecond) => {
      second = true
      return releaseSecond
    })
    await tick()
    expect(second).toBe(false)
    release()
    ;(await waiting)()
    expect(second).toBe(true)
  })

  it('frees one place for one release, however often it is called', async () => {
    const semaphore = createSemaphore({ size: 1 })
    const first = await semaphore.acquire()
    first()
    const second = await semaphore.acquire()
    first()
    let third = false
    void semaphore.acquire().then(() => (third = true))
    await tick()
    expect(third).toBe(false)
    second()
    await tick()
    expect(third).toBe(true)
  })

  it('gives up after the timeout with an error, and leaves the queue working', async () => {
    const semaphore = createSemaphore({ size: 1, timeoutMs: 20 })
    const stuck = await semaphore.acquire()
    await expect(semaphore.acquire()).rejects.toThrow(/after 20 ms/)
    let next = false
    const waiting = semaphore.acquire().then((release) => {
      next = true
      release()
    })
    await tick()
    expect(next).toBe(false)
    stuck()
    await waiting
    expect(next).toBe(true)
  })

  it('once closed, drops its waiters without their timers firing, and refuses anyone new', async () => {
    const semaphore = createSemaphore({ size: 1, timeoutMs: 20 })
    await semaphore.acquire() // held for good, as by a write its closed database never ends
    const outcomes: string[] = []
    const track = (promise: Promise<unknown>) =>
      promise.then(
        () => outcomes.push('granted'),
        (error: Error) => outcomes.push(error.message),
      )
    void track(semaphore.acquire())
    semaphore.close()
    await expect(semaphore.acquire()).rejects.toThrow(/adapter was destroyed/)
    // Past the timeout: without close(), the waiter would have been refused by now.
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(outcomes).toEqual([])
  })

  it('refuses a size below 1', () => {
    expect(() => createSemaphore({ size: 0 })).toThrow(/size of 1 or more/)
  })
})
