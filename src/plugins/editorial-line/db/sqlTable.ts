import type { AnyColumn, SQL, Table } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

/** What this reads of Payload's SQL adapters (`@payloadcms/drizzle`: SQLite and PostgreSQL). */
type SqlAdapter = {
  name: string
  drizzle?: unknown
  sessions?: Record<string, { db: unknown }>
  tableNameMap?: Map<string, string>
  tables?: Record<string, Record<string, unknown>>
  relationshipsSuffix?: string
  execute?: (args: { drizzle: unknown; sql: SQL }) => Promise<unknown> | unknown
}

/**
 * The key under which Payload's SQL adapters file a collection's or global's table: its slug in snake
 * case (`toSnakeCase(slug)` in `@payloadcms/drizzle`), whatever `dbName` the table itself was given.
 */
const tableKey = (slug: string) =>
  slug
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z\d]+/g, '_')
    .toLowerCase()

/**
 * A collection's (or global's) table in the SQL adapter's schema, with a runner for one statement built
 * with drizzle's `sql` tag (values bound as parameters, the table and its columns named by the schema),
 * in the request's transaction when it has one; `null` on another database (MongoDB), where callers
 * count through Payload.
 *
 * Payload's database API has no grouped or combined count and no row lock: these run on the SQL
 * adapters' own statement runner (`execute`), so the plugin needs no database driver of its own.
 */
export const sqlTable = ({ req, collection }: { req: PayloadRequest; collection: string }) => {
  const db = req.payload.db as unknown as SqlAdapter
  const tableName = db.tableNameMap?.get(tableKey(collection))
  const table = tableName ? db.tables?.[tableName] : undefined
  if (!db.execute || !db.drizzle || !tableName || !table) return null
  const execute = db.execute
  const session = async () => (req.transactionID ? db.sessions?.[String(await req.transactionID)] : undefined)
  const runOn = async (drizzle: unknown, statement: SQL) => {
    const result = (await execute({ drizzle, sql: statement })) as { rows?: Record<string, unknown>[] }
    return result.rows ?? []
  }
  return {
    /** `postgres` or `sqlite`: where one statement's plan differs between them. */
    dialect: db.name,
    /** The drizzle table: `sql` renders it as its quoted name. */
    table: table as unknown as Table,
    /** A top-level field's drizzle column (rendered as its quoted, qualified name), `null` if none. */
    column: (field: string) => (table[field] as AnyColumn | undefined) ?? null,
    /**
     * The table of its `hasMany` relationships and uploads (`<table>_rels`: `parent`, `path`, and one
     * `<slug>ID` column per related collection), `null` if it has none.
     */
    relations: () => {
      const rels = db.tables?.[`${tableName}${db.relationshipsSuffix ?? '_rels'}`]
      return rels
        ? {
            table: rels as unknown as Table,
            column: (name: string) => (rels[name] as AnyColumn | undefined) ?? null,
          }
        : null
    },
    run: async (statement: SQL) => runOn((await session())?.db ?? db.drizzle, statement),
    /**
     * Like `run`, but only on the request's transaction's connection: `null`, and nothing run, when the
     * request has none. For statements whose effect lasts until the transaction ends (row locks).
     */
    runInTransaction: async (statement: SQL) => {
      const current = await session()
      return current ? runOn(current.db, statement) : null
    },
  }
}
