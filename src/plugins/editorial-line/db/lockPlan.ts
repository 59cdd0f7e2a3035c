import type { PayloadRequest } from 'payload'

import { loadDrizzle } from './loadDrizzle.js'
import { sqlTable } from './sqlTable.js'
import { pluginSlugs } from '../options/pluginSettings.js'

/**
 * Locks the editorial plan's row until the save's transaction ends, so that two approvals counting one
 * month's mix count one after the other: each share the mix's tolerance allows then goes to one post,
 * not to every post approved at the same moment. Like `lockRow`, held by the database (saves on other
 * servers wait too), and only on PostgreSQL; SQLite's writes already run one at a time here.
 */
export const lockPlan = async ({ req }: { req: PayloadRequest }) => {
  if (req.payload.db.name !== 'postgres' || !req.transactionID) return
  const drizzle = await loadDrizzle({ payload: req.payload })
  const found = drizzle && sqlTable({ req, collection: pluginSlugs({ payload: req.payload }).editorialPlan })
  if (!drizzle || !found) return
  await found.runInTransaction(drizzle.sql`SELECT 1 FROM ${found.table} FOR UPDATE`)
}
