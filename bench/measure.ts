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

/** The value below which `share` (0–1) of the values fall (nearest rank). */
export const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]
}

/** Time spent in each database adapter method, and how often it was called. */
export type DbProfile = Record<string, { calls: number; ms: number }>

/** The database adapter's methods a profile counts: each call is one or more statements. */
export const DB_METHODS = [
  'count',
  'countVersions',
  'create',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'find',
  'findGlobal',
  'findOne',
  'findVersions',
  'queryDrafts',
  'updateOne',
  'updateMany',
  'updateVersion',
  'upsert',
  'execute',
  'beginTransaction',
  'commitTransaction',
  'rollbackTransaction',
]

/**
 * Runs `work` with every method of the database adapter timed: where a path's time goes, Payload's
 * and the plugin's own work on one side, the database reads and writes on the other. Calls nested
 * in another timed call (a `create` reading back what it wrote) count once, in the outer one.
 */
export const profileDb = async <T>({
  db,
  work,
}: {
  db: Record<string, unknown>
  work: () => Promise<T>
}): Promise<{ profile: DbProfile; total: number; result: T }> => {
  const profile: DbProfile = {}
  const originals = new Map<string, unknown>()
  let depth = 0
  for (const name of DB_METHODS) {
    const original = db[name]
    if (typeof original !== 'function') continue
    originals.set(name, original)
    db[name] = async (...args: unknown[]) => {
      const outer = depth === 0
      depth++
      const start = performance.now()
      try {
        return await (original as (...a: unknown[]) => Promise<unknown>).apply(db, args)
      } finally {
        depth--
        if (outer) {
          const entry = (profile[name] ??= { calls: 0, ms: 0 })
          entry.calls++
          entry.ms += performance.now() - start
        }
      }
    }
  }
  const start = performance.now()
  try {
    const result = await work()
    return { profile, total: performance.now() - start, result }
  } finally {
    for (const [name, original] of originals) db[name] = original
  }
}
