/** Longer than any one write should take: past this, a holder is stuck and waiting is pointless. */
const DEFAULT_TIMEOUT_MS = 60_000

export type Semaphore = {
  /** Resolves, first come first served, once a place is free; gives the function that frees it. */
  acquire: () => Promise<() => void>
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
        if (free > 0) {
          free--
          resolve(releaser())
          return
        }
        const grant = () => {
          clearTimeout(timer)
          resolve(releaser())
        }
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(grant), 1)
          reject(new Error(`Gave up waiting for another write to finish after ${timeoutMs} ms`))
        }, timeoutMs)
        waiting.push(grant)
      }),
  }
}
