/** Runs one read-only SQL statement and returns its rows; SQLite and PostgreSQL both read these queries. */
export type Query = (sql: string) => Promise<Record<string, unknown>[]>

/** Child tables and the parent each row must have (table, parent table, foreign key column). */
const CHILDREN = [
  ['posts_review_log', 'posts', '_parent_id'],
  ['posts_warnings', 'posts', '_parent_id'],
  ['_posts_v', 'posts', 'parent_id'],
  ['_posts_v_version_review_log', '_posts_v', '_parent_id'],
  ['_posts_v_version_warnings', '_posts_v', '_parent_id'],
] as const

const key = (value: unknown) => String(value)

/**
 * What a save that was all or nothing leaves behind, read from the database itself:
 * - each post's status is the `to` of its last review-log entry, or `draft` without one;
 * - its latest version (`latest`, else the highest id) has the post's status, and only one is latest;
 * - no review-log, warning or version row outlives its parent.
 * Returns the problems found (empty when consistent) and how many posts were checked.
 */
export const checkConsistency = async ({ query }: { query: Query }) => {
  const problems: string[] = []
  const posts = await query('SELECT id, status FROM posts ORDER BY id')

  const lastTransition = new Map<string, string>()
  for (const row of await query(
    'SELECT "_parent_id", "to" FROM posts_review_log ORDER BY "_parent_id", "_order"',
  )) {
    lastTransition.set(key(row._parent_id), String(row.to))
  }

  const versions = new Map<string, { id: number; status: string; latest: boolean }[]>()
  for (const row of await query('SELECT id, parent_id, version_status, latest FROM _posts_v ORDER BY id')) {
    const parent = key(row.parent_id)
    const list = versions.get(parent) ?? []
    // SQLite stores the flag as 1/0, PostgreSQL as a boolean.
    list.push({ id: Number(row.id), status: String(row.version_status), latest: Boolean(Number(row.latest)) })
    versions.set(parent, list)
  }

  for (const post of posts) {
    const id = key(post.id)
    const expected = lastTransition.get(id) ?? 'draft'
    if (post.status !== expected) {
      problems.push(`post ${id}: status ${post.status}, but its review log ends on ${expected}`)
    }
    const list = versions.get(id) ?? []
    const flagged = list.filter((version) => version.latest)
    if (flagged.length > 1) {
      problems.push(
        `post ${id}: ${flagged.length} versions flagged latest (${flagged.map((v) => v.id).join(', ')})`,
      )
    }
    const latest = flagged.at(-1) ?? list.at(-1)
    if (latest && latest.status !== post.status) {
      problems.push(
        `post ${id}: status ${post.status}, but its latest version ${latest.id} says ${latest.status}`,
      )
    }
  }

  for (const [table, parent, column] of CHILDREN) {
    const [row] = await query(
      `SELECT count(*) AS n FROM "${table}" AS c WHERE c."${column}" IS NULL ` +
        `OR NOT EXISTS (SELECT 1 FROM "${parent}" AS p WHERE p.id = c."${column}")`,
    )
    const orphans = Number(row?.n ?? 0)
    if (orphans > 0) problems.push(`${orphans} rows of ${table} without their ${parent} row`)
  }

  return { problems, postsChecked: posts.length }
}
