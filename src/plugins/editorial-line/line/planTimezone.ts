import type { DefaultValue } from 'payload'

import { usableTimezone } from '../time/usableTimezone.js'
import { createSaveReads, saveReadsOf } from '../rules/saveReads.js'

/**
 * A field default that reads the plan's timezone, so that a new post's form opens in the zone the
 * server will keep (the plugin's `timezone` option while the plan holds none it can use). On a
 * create, the plan read is the one the save's rules make (`saveReads`).
 */
export const planTimezone =
  ({ fallback, collection }: { fallback: string; collection: string }): DefaultValue =>
  async ({ req }) => {
    const reads = saveReadsOf({ context: req.context, collection, key: 'create' }) ?? createSaveReads({ req })
    const { timezone } = await reads.plan()
    return usableTimezone({ timezone, fallback })
  }
