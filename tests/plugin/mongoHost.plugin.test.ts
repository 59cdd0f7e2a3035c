import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { blankAppEnv } from './blankAppBuild'
import { installBlankApp } from './installBlankApp'

/**
 * A MongoDB host: the packed plugin installed into a blank app on `@payloadcms/db-mongodb`, which has
 * no `drizzle-orm` (an optional peer of the plugin, for its SQL-only code). Payload's CLI loads the
 * host's config, hence every module the plugin's entry points import, to generate the import map and
 * the types; neither command connects to the database (no MongoDB server runs here: the URL points at
 * a closed port, so a connection attempt would fail the command).
 */
const folder = mkdtempSync(path.join(tmpdir(), 'editorial-line-mongo-host-'))
const app = path.join(folder, 'app')
/** The blank app's own environment (see blankAppEnv), its database on a port nobody listens on. */
const appEnv = (env: Record<string, string> = {}) =>
  blankAppEnv({ DATABASE_URI: 'mongodb://127.0.0.1:9/blank', ...env })
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { cwd: app, env: appEnv(env), encoding: 'utf8', stdio: 'pipe' })
/** Payload's CLI on Node 20 needs the development condition (Lexical's top-level await). */
const cli = { NODE_OPTIONS: '--conditions=development' }
/** A command's output, or its output and error when it fails (execFileSync's message holds neither). */
const payloadCli = (command: string) => {
  try {
    return run('npx', ['payload', command], cli)
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`payload ${command} failed:\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
}

beforeAll(() => {
  installBlankApp({ folder, app, env: appEnv(), database: 'mongodb' })
})

afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
})

describe('a MongoDB host', () => {
  it('has no drizzle-orm installed', () => {
    expect(readFileSync(path.join(app, 'src/payload.config.ts'), 'utf8')).toContain('mongooseAdapter(')
    expect(existsSync(path.join(app, 'node_modules/@payloadcms/db-mongodb'))).toBe(true)
    expect(existsSync(path.join(app, 'node_modules/drizzle-orm'))).toBe(false)
  })

  it('reaches no static import of drizzle-orm from any of the plugin entry points', () => {
    // Every module the package's entries import statically (`import … from`, `export … from`,
    // `import '…'`), followed through its relative imports; dynamic `import()` is left out.
    const dist = path.join(app, 'node_modules/payload-plugin-editorial-line/dist')
    const statics =
      /(?:^|;|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g
    const seen = new Set<string>()
    const packages = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const match of readFileSync(file, 'utf8').matchAll(statics)) {
        const specifier = match[1] ?? match[2]
        if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier))
        else packages.add(specifier)
      }
    }
    for (const entry of ['index.js', 'exports/client.js', 'exports/rsc.js']) visit(path.join(dist, entry))
    expect(seen.size).toBeGreaterThan(50)
    expect(packages).toContain('payload')
    expect([...packages].filter((name) => name.startsWith('drizzle-orm'))).toEqual([])
  })

  it('generates its import map with the plugin in it', () => {
    payloadCli('generate:importmap')
    const importMap = readFileSync(path.join(app, 'src/app/(payload)/admin/importMap.js'), 'utf8')
    expect(importMap).toContain('payload-plugin-editorial-line/rsc')
    expect(importMap).toContain('payload-plugin-editorial-line/client')
  })

  it('generates its types with the plugin collections and global in them', () => {
    payloadCli('generate:types')
    const types = readFileSync(path.join(app, 'src/payload-types.ts'), 'utf8')
    for (const name of ['posts: Post', 'targets: Target', 'phases: Phase', 'messages: Message']) {
      expect(types).toContain(name)
    }
    expect(types).toContain("'editorial-plan': EditorialPlan")
  })
})
