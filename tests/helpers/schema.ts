import type { Payload } from 'payload'

/** Every `table.column` of the database, sorted: enough to tell whether two schemas match. */
export const listColumns = async (payload: Payload): Promise<string[]> => {
  const db = payload.db as unknown as {
    name: string
    client?: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
    pool?: { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  const rows =
    db.name === 'postgres'
      ? (
          await db.pool!.query(
            `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
             WHERE table_schema = 'public'`,
          )
        ).rows
      : (
          await db.client!.execute(
            `SELECT m.name AS "table", p.name AS "column" FROM sqlite_master m, pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '\\_%' ESCAPE '\\'`,
          )
        ).rows
  return rows.map((row) => `${row.table}.${row.column}`).sort()
}

/**
 * Every index and unique constraint of the database as `table(column, …)`, `unique` when it is one,
 * sorted; names are left out (push and migrations may name them differently).
 */
export const listIndexes = async (payload: Payload): Promise<string[]> => {
  const db = payload.db as unknown as {
    name: string
    client?: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
    pool?: { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  if (db.name === 'postgres') {
    const { rows } = await db.pool!.query(
      `SELECT tablename AS "table", indexdef AS "definition" FROM pg_indexes WHERE schemaname = 'public'`,
    )
    return rows
      .map((row) => {
        const definition = String(row.definition)
        const columns = definition.slice(definition.indexOf('(') + 1, definition.lastIndexOf(')'))
        return `${row.table}(${columns})${definition.startsWith('CREATE UNIQUE') ? ' unique' : ''}`
      })
      .sort()
  }
  const { rows } = await db.client!.execute(
    `SELECT m.name AS "table", l.name AS "index", l."unique" AS "unique",
       (SELECT group_concat(name, ', ') FROM (SELECT i.name FROM pragma_index_info(l.name) i ORDER BY i.seqno)) AS "columns"
     FROM sqlite_master m, pragma_index_list(m.name) l
     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`,
  )
  return rows.map((row) => `${row.table}(${row.columns})${Number(row.unique) ? ' unique' : ''}`).sort()
}
