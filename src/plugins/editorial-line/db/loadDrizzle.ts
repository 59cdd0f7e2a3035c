import type * as Drizzle from 'drizzle-orm'
import type { Payload } from 'payload'

/** Payload's SQL adapters (`@payloadcms/drizzle`): SQLite (and D1) and PostgreSQL (and Vercel's). */
const SQL_ADAPTERS = new Set(['postgres', 'sqlite'])

let drizzleModule: Promise<typeof Drizzle> | undefined

/**
 * `drizzle-orm` (its `sql` tag and operators) on Payload's SQL adapters, `null` on any other database.
 *
 * The only way into `drizzle-orm` for the whole plugin: it is an optional peer, installed with the SQL
 * adapters and absent from a MongoDB host, so no module the plugin's entry points reach may import it
 * statically (Payload's CLI would stop on `ERR_MODULE_NOT_FOUND` while loading the host's config).
 * Imported here, when a request runs on a SQL adapter, it resolves to the adapter's own copy.
 */
export const loadDrizzle = async ({ payload }: { payload: Payload }) => {
  const db = payload.db as unknown as { name: string; drizzle?: unknown }
  if (!SQL_ADAPTERS.has(db.name) || !db.drizzle) return null
  // Imported once per process: every statement of the plugin asks for it, and each `import()` of a
  // loaded module still resolves its specifier (through the loader's hooks, where a host has some).
  return (drizzleModule ??= import('drizzle-orm'))
}
