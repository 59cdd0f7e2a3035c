import type { Access, AccessArgs, AccessResult, Where } from 'payload'

const isWhere = (result: AccessResult): result is Where => typeof result === 'object' && result !== null

/** Allows what any of the checks allows: `true` wins, queries are joined with `or`. */
export const or =
  (...checks: Access[]): Access =>
  async (args: AccessArgs) => {
    const queries: Where[] = []
    for (const check of checks) {
      const result = await check(args)
      if (result === true) return true
      if (isWhere(result)) queries.push(result)
    }
    if (queries.length === 0) return false
    return queries.length === 1 ? queries[0] : { or: queries }
  }

/** Allows only what every check allows: `false` wins, queries are joined with `and`. */
export const and =
  (...checks: Access[]): Access =>
  async (args: AccessArgs) => {
    const queries: Where[] = []
    for (const check of checks) {
      const result = await check(args)
      if (!result) return false
      if (isWhere(result)) queries.push(result)
    }
    if (queries.length === 0) return true
    return queries.length === 1 ? queries[0] : { and: queries }
  }
