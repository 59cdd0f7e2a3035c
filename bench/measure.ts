import { performance } from 'node:perf_hooks'

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export type Case<T = unknown> = {
  run: () => Promise<T>
  /** Untimed clean-up after each run (e.g. deleting what it created). */
  after?: (result: T) => Promise<unknown>
}

/**
 * The median duration (ms) of each case over `runs` runs after `warmup` untimed ones. The cases take
 * turns, so that load from other processes on the machine falls on all of them alike.
 */
export const medians = async <K extends string>({
  cases,
  runs,
  warmup,
}: {
  cases: Record<K, Case<any>>
  runs: number
  warmup: number
}): Promise<Record<K, number>> => {
  const names = Object.keys(cases) as K[]
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>
  for (let round = 0; round < warmup + runs; round++) {
    for (const name of names) {
      const { run, after } = cases[name]
      const start = performance.now()
      const result = await run()
      const elapsed = performance.now() - start
      if (round >= warmup) times[name].push(elapsed)
      await after?.(result)
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(times[name])])) as Record<K, number>
}
