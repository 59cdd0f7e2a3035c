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
 * - each post's status is the `to` of its last review-log entry, or `draft` without one, and so is
 *   its latest version's (`latest`, else the highest id) with the version's own log; only one is latest;
 * - the latest version has the post's status, unless the post is live and that version is a revision
 *   waiting beside it (an edit of an approved post, saved as a draft version): then the newest
 *   published version has the post's status;
 * - no review-log, warning or version row outlives its parent.
 * Returns the problems found (empty when consistent) and how many posts were checked.
 */
export const checkConsistency = async ({ query }: { query: Query }) => {
  const problems: string[] = []
  const posts = await query('SELECT id, status, _status FROM posts ORDER BY id')

  const lastTransitions = async (table: string) => {
    const last = new Map<string, string>()
    for (const row of await query(
      `SELECT "_parent_id", "to" FROM ${table} ORDER BY "_parent_id", "_order"`,
    )) {
      last.set(key(row._parent_id), String(row.to))
    }
    return last
  }
  const lastTransition = await lastTransitions('posts_review_log')
  const lastVersionTransition = await lastTransitions('_posts_v_version_review_log')

  type Version = { id: number; status: string; published: boolean; latest: boolean }
  const versions = new Map<string, Version[]>()
  for (const row of await query(
    'SELECT id, parent_id, version_status, version__status, latest FROM _posts_v ORDER BY id',
  )) {
    const parent = key(row.parent_id)
    const list = versions.get(parent) ?? []
    list.push({
      id: Number(row.id),
      status: String(row.version_status),
      published: row.version__status === 'published',
      // SQLite stores the flag as 1/0, PostgreSQL as a boolean.
      latest: Boolean(Number(row.latest)),
    })
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
    if (!latest) continue
    const latestLogEnd = lastVersionTransition.get(key(latest.id)) ?? 'draft'
    if (latest.status !== latestLogEnd) {
      problems.push(
        `post ${id}: latest version ${latest.id} says ${latest.status}, but its review log ends on ${latestLogEnd}`,
      )
    }
    if (latest.status === post.status) continue
    const livePublished = list.filter((version) => version.published).at(-1)
    if (post._status === 'published' && !latest.published && livePublished) {
      if (livePublished.status !== post.status) {
        problems.push(
          `post ${id}: live with status ${post.status}, but its newest published version ${livePublished.id} says ${livePublished.status}`,
        )
      }
      continue
    }
    problems.push(
      `post ${id}: status ${post.status}, but its latest version ${latest.id} says ${latest.status}`,
    )
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
