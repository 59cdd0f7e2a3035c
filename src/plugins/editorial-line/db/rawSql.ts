import type { PayloadRequest } from 'payload'

/** What this reads of Payload's SQL adapters (`@payloadcms/drizzle`: SQLite and PostgreSQL). */
type SqlAdapter = {
  name: string
  drizzle?: unknown
  sessions?: Record<string, { db: unknown }>
  tableNameMap?: Map<string, string>
  tables?: Record<string, Record<string, { name?: string } | undefined>>
  execute?: (args: { drizzle: unknown; raw: string }) => Promise<unknown> | unknown
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const WORD = /^[a-z_]+$/

/** A quoted SQL identifier. */
export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/** An instant as this code writes it (`toISOString`), checked before it goes into a statement. */
export const instantLiteral = (value: string) => {
  if (!ISO_UTC.test(value)) throw new Error(`rawSql: bad instant ${value}`)
  return `'${value}'`
}

/** A status or other select value: lower-case words only. */
export const wordLiteral = (value: string) => {
  if (!WORD.test(value)) throw new Error(`rawSql: bad value ${value}`)
  return `'${value}'`
}

/** An id: an integer, or uuid-like text. */
export const idLiteral = (id: unknown) => {
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id)
  if (typeof id === 'string' && /^\d+$/.test(id)) return id
  if (typeof id === 'string' && /^[0-9A-Za-z-]{1,64}$/.test(id)) return `'${id}'`
  throw new Error(`rawSql: bad id ${String(id)}`)
}

/**
 * A collection's table on a SQL adapter, with its columns' names and a runner for one statement in
 * the request's transaction; `null` on another database (MongoDB), where callers count through Payload.
 *
 * Payload's database API has no grouped or combined count: this runs on the SQL adapters' own
 * statement runner, so the plugin needs no database package of its own. Statements built on it hold
 * only literals checked by the functions above.
 */
export const sqlTable = ({ req, collection }: { req: PayloadRequest; collection: string }) => {
  const db = req.payload.db as unknown as SqlAdapter
  const tableName = db.tableNameMap?.get(collection.replaceAll('-', '_'))
  const table = tableName ? db.tables?.[tableName] : undefined
  if (!db.execute || !db.drizzle || !tableName || !table) return null
  const execute = db.execute
  const session = async () => (req.transactionID ? db.sessions?.[String(await req.transactionID)] : undefined)
  const runOn = async (drizzle: unknown, raw: string) => {
    const result = (await execute({ drizzle, raw })) as { rows?: Record<string, unknown>[] }
    return result.rows ?? []
  }
  return {
    /** `postgres` or `sqlite`: where one statement's plan differs between them. */
    dialect: db.name,
    name: quote(tableName),
    /** The quoted column of a top-level field, or `null` when the table has none. */
    column: (field: string) => {
      const name = table[field]?.name
      return name ? quote(name) : null
    },
    run: async (raw: string) => runOn((await session())?.db ?? db.drizzle, raw),
    /**
     * Like `run`, but only on the request's transaction's connection: `null`, and nothing run, when the
     * request has none. For statements whose effect lasts until the transaction ends (row locks).
     */
    runInTransaction: async (raw: string) => {
      const current = await session()
      return current ? runOn(current.db, raw) : null
    },
  }
}
