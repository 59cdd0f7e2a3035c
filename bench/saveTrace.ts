import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { getPayload } from 'payload'

import { compliantPost, seedForPosts } from '../tests/helpers/editorialLine'
import { benchConfig, PLAIN_POSTS_SLUG } from './config'

const POSTGRES = process.argv.includes('--postgres')
const root = path.resolve(import.meta.dirname, '..')
let close = () => {}
let uri: string
if (POSTGRES) {
  uri = execFileSync('bash', [path.join(root, 'scripts/postgres.sh'), 'start'], { encoding: 'utf8' }).trim()
  const port = new URL(uri).port
  close = () => execFileSync('bash', [path.join(root, 'scripts/postgres.sh'), 'stop', port])
} else {
  const folder = mkdtempSync(path.join(tmpdir(), 'qalia-trace-'))
  uri = `file:${path.join(folder, 'bench.db')}`
  close = () => rmSync(folder, { recursive: true, force: true })
}
process.env.DATABASE_URI = uri
const payload = await getPayload({ config: await benchConfig({ uri }) })
try {
  const ids = await seedForPosts({ payload })
  await payload.create({
    collection: 'users',
    data: { email: 'admin@bench.local', name: 'A', password: 'pw-pw-pw-pw', roles: ['admin'] },
  })
  const editor = await payload.create({
    collection: 'users',
    data: { email: 'editor@bench.local', name: 'E', password: 'pw-pw-pw-pw', roles: ['editor'] },
  })
  const data = compliantPost({ ids })
  const submit = async (collection: 'posts') => {
    const created = await payload.create({
      collection,
      data: { ...data, status: 'draft' },
      user: editor,
      overrideAccess: false,
    })
    return payload.update({
      collection,
      id: created.id,
      data: { status: 'in_review' },
      user: editor,
      overrideAccess: false,
    })
  }
  const db = payload.db as unknown as Record<string, unknown>
  const trace: string[] = []
  let depth = 0
  let statements = 0
  for (const name of [
    'count',
    'countVersions',
    'create',
    'createVersion',
    'deleteMany',
    'deleteOne',
    'deleteVersions',
    'find',
    'findGlobal',
    'findOne',
    'findVersions',
    'queryDrafts',
    'updateOne',
    'updateMany',
    'updateVersion',
    'upsert',
    'execute',
    'beginTransaction',
    'commitTransaction',
    'rollbackTransaction',
    'updateJobs',
    'findDistinct',
    'updateGlobal',
    'createGlobal',
  ]) {
    const original = db[name] as (...a: unknown[]) => Promise<unknown>
    if (typeof original !== 'function') continue
    db[name] = async (...args: unknown[]) => {
      if (depth === 0) {
        const stack = (new Error().stack ?? '')
          .split('\n')
          .slice(2)
          .filter((l) => !l.includes('node_modules/payload/') || l.includes('operations'))
          .slice(0, 3)
          .map((l) =>
            l
              .trim()
              .replace(/\(.*node_modules\//, '(')
              .replace(/\(.*\/src\//, '(src/'),
          )
        const a = args[0] as { collection?: string; slug?: string } | undefined
        trace.push(`${name} ${a?.collection ?? a?.slug ?? ''}  <- ${stack.join(' | ')}`)
      }
      depth++
      try {
        return await original.apply(db, args)
      } finally {
        depth--
      }
    }
  }
  // Count the SQL statements that reach the driver.
  const d = payload.db as unknown as { name: string; client?: any; pool?: any; drizzle?: any }
  for (const kind of ['posts', PLAIN_POSTS_SLUG] as const) {
    for (let i = 0; i < 3; i++) await submit(kind as 'posts')
    trace.length = 0
    statements = 0
    const sqlLog: string[] = []
    const logger = (d.drizzle as any)?.session?.logger ?? (d.drizzle as any)?.dialect
    const session = (d.drizzle as any).session
    const origLogger = session.logger
    session.logger = {
      logQuery: (q: string) => {
        statements++
        sqlLog.push(q.slice(0, 160))
      },
    }
    await submit(kind as 'posts')
    session.logger = origLogger
    console.log(`\n=== ${kind}: ${trace.length} adapter calls, ${statements} statements logged by drizzle`)
    for (const line of trace) console.log('  ' + line)
    if (process.argv.includes('--sql')) for (const q of sqlLog) console.log('    SQL ' + q)
  }
} finally {
  await payload.destroy()
  close()
}
process.exit(0)
