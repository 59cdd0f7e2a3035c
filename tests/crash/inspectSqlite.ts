import { createClient } from '@libsql/client'

import type { checkConsistency, Query } from './consistency'

/** `crashRun`'s `inspect` for an SQLite file: its integrity and foreign keys, then the consistency check. */
export const inspectSqlite =
  ({ databaseUri }: { databaseUri: string }) =>
  async (check: (args: { query: Query }) => ReturnType<typeof checkConsistency>) => {
    const client = createClient({ url: databaseUri })
    try {
      const integrity = (await client.execute('PRAGMA integrity_check')).rows.map((row) => String(row[0]))
      const foreignKeys = (await client.execute('PRAGMA foreign_key_check')).rows
      const { problems, postsChecked } = await check({
        query: async (sql) => (await client.execute(sql)).rows as unknown as Record<string, unknown>[],
      })
      for (const row of foreignKeys) problems.push(`foreign key broken: ${JSON.stringify(row)}`)
      return { integrity, problems, postsChecked }
    } finally {
      client.close()
    }
  }
