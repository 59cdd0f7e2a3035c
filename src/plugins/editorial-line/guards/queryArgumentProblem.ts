/** The paging and population arguments a read takes, and the whole numbers each may be. */
export const QUERY_ARGUMENT_RANGES = {
  // Payload reads `limit=0` as "no limit"; beyond this a page is no longer a page.
  limit: { min: 0, max: 100_000 },
  page: { min: 1, max: 1_000_000 },
  depth: { min: 0, max: 10 },
} as const

export type QueryArgument = keyof typeof QUERY_ARGUMENT_RANGES

export type QueryArgumentProblem = { param: QueryArgument; min: number; max: number }

/**
 * The first of `limit`, `page` and `depth` that is not a whole number in its range, as the operation
 * received it (REST leaves what is not a number as text, a repeated parameter as a list). Stock
 * Payload hands such values to the database, which answers 500.
 */
export const queryArgumentProblem = ({
  args,
  maxDepth = QUERY_ARGUMENT_RANGES.depth.max,
}: {
  args: Record<string, unknown>
  /** The config's `maxDepth`. */
  maxDepth?: number
}): null | QueryArgumentProblem => {
  for (const param of Object.keys(QUERY_ARGUMENT_RANGES) as QueryArgument[]) {
    const value = args[param]
    if (value === undefined || value === null) continue
    const { min } = QUERY_ARGUMENT_RANGES[param]
    const max = param === 'depth' ? maxDepth : QUERY_ARGUMENT_RANGES[param].max
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      return { param, min, max }
    }
  }
  return null
}
