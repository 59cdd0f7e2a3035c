/**
 * Lists each database adapter call of one create and submit (as an editor, Local API), with its caller: plugin
 * posts, then the plain collection. `NODE_OPTIONS=--conditions=development npx tsx bench/saveTrace.ts [--postgres]`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { getPayload } from 'payload'

import { compliantPost, seedForPosts } from '../tests/helpers/editorialLine'
import { benchConfig, PLAIN_POSTS_SLUG } from './config'
import { DB_METHODS } from './measure'

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
      // The same document in both: the plain collection takes the author the plugin sets from the user.
      data: { ...data, status: 'draft', ...(collection === 'posts' ? {} : { author: editor.id }) },
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
  // Beyond what a profile counts: the jobs queue's and the globals' own calls.
  for (const name of [...DB_METHODS, 'updateJobs', 'findDistinct', 'updateGlobal', 'createGlobal']) {
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
  for (const kind of ['posts', PLAIN_POSTS_SLUG] as const) {
    // Warm: the line's reads are kept between saves while it is unchanged (rules/saveReads.ts).
    for (let i = 0; i < 3; i++) await submit(kind as 'posts')
    trace.length = 0
    await submit(kind as 'posts')
    console.log(
      `\n=== ${kind}: ${trace.length} database adapter calls (one statement each) for one create and submit`,
    )
    for (const line of trace) console.log('  ' + line)
  }
} finally {
  await payload.destroy()
  close()
}
process.exit(0)
