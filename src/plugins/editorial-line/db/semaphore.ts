/** Longer than any one write should take: past this, a holder is stuck and waiting is pointless. */
const DEFAULT_TIMEOUT_MS = 60_000

export type Semaphore = {
  /** Resolves, first come first served, once a place is free; gives the function that frees it. */
  acquire: () => Promise<() => void>
  /**
   * Ends the queue for good, when its database adapter is destroyed: the waiters are dropped (their
   * writes had not begun and never will) and their timers cleared, so that none fires later in a
   * process that goes on without this adapter (a test runner's next file, say); a later `acquire`
   * is refused at once.
   */
  close: () => void
}

/**
 * At most `size` holders at a time. A waiter still waiting after `timeoutMs` gives up with an error
 * rather than hang its request forever.
 */
export const createSemaphore = ({
  size,
  timeoutMs = DEFAULT_TIMEOUT_MS,
}: {
  size: number
  timeoutMs?: number
}): Semaphore => {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`A semaphore needs a size of 1 or more, not ${size}`)
  let free = size
  const waiting: Array<() => void> = []
  const timers = new Set<ReturnType<typeof setTimeout>>()
  let closed = false

  const releaser = () => {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = waiting.shift()
      if (next) next()
      else free++
    }
  }

  return {
    acquire: () =>
      new Promise((resolve, reject) => {
        if (closed) {
          reject(new Error('The database adapter was destroyed: no write can begin'))
          return
        }
        if (free > 0) {
          free--
          resolve(releaser())
          return
        }
        const grant = () => {
          clearTimeout(timer)
          timers.delete(timer)
          resolve(releaser())
        }
        const timer = setTimeout(() => {
          timers.delete(timer)
          waiting.splice(waiting.indexOf(grant), 1)
          reject(new Error(`Gave up waiting for another write to finish after ${timeoutMs} ms`))
        }, timeoutMs)
        timers.add(timer)
        waiting.push(grant)
      }),
    close: () => {
      closed = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      waiting.length = 0
    },
  }
}
