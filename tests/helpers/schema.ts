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
