import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import * as paths from './admin/componentPaths.js'

/** The plugin is a package of its own: what it imports must come from inside it or from its manifest. */
const root = import.meta.dirname
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string
  scripts: Record<string, string>
  files: string[]
  sideEffects: unknown
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}
/** Packages the tests (never shipped) may use besides the manifest's: the workspace's dev tools. */
const TEST_ONLY = ['vitest', 'fast-check', 'ical.js', 'sharp']

const sources = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name)
    if (name === 'dist' || name === 'node_modules') return []
    if (statSync(file).isDirectory()) return sources(file)
    return /\.tsx?$/.test(name) ? [file] : []
  })

const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((match) => match[1] ?? match[2])

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]

const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.includes(`${path.sep}testing${path.sep}`)

describe('the plugin as a package', () => {
  const files = sources(root)

  it('finds the plugin’s sources', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(files).toContain(path.join(root, 'index.ts'))
  })

  it('imports nothing from outside its folder', () => {
    const outside = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('.'))
        .filter((specifier) =>
          path.relative(root, path.resolve(path.dirname(file), specifier)).startsWith('..'),
        )
        .map((specifier) => `${path.relative(root, file)} → ${specifier}`),
    )
    expect(outside).toEqual([])
  })

  it('writes relative imports as Node resolves them once compiled (with .js)', () => {
    const bare = files.flatMap((file) =>
      importsOf(file)
        // Stylesheets keep their name: the build copies them beside the compiled components.
        .filter((specifier) => specifier.startsWith('.') && !/\.(js|css)$/.test(specifier))
        .map((specifier) => `${path.relative(root, file)} → ${specifier}`),
    )
    expect(bare).toEqual([])
  })

  it('loads drizzle-orm only on demand, in db/loadDrizzle.ts (a MongoDB host has none)', () => {
    // `import type` is erased once compiled; any other import of drizzle-orm would be a runtime one.
    const runtime =
      /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^'"]*?from\s*['"]drizzle-orm(?:\/[^'"]*)?['"]|import\(\s*['"]drizzle-orm(?:\/[^'"]*)?['"]\s*\)/g
    const found = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(runtime)].map(
        (match) =>
          `${path.relative(root, file)}: ${match[0].trim().startsWith('import(') ? 'import()' : 'static'}`,
      ),
    )
    expect(found).toEqual([`${path.join('db', 'loadDrizzle.ts')}: import()`])
  })

  it('ships the stylesheets its components import, and keeps their imports in the bundle', () => {
    const stylesheets = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import '(\.[^']+\.css)'/gm)].map((match) =>
        path.resolve(path.dirname(file), match[1]),
      ),
    )
    expect(stylesheets.length).toBeGreaterThan(10)
    for (const stylesheet of new Set(stylesheets))
      expect(statSync(stylesheet).isFile(), stylesheet).toBe(true)
    // tsc copies no CSS: the build script does, into dist/ (which `files` ships) …
    expect(manifest.scripts.build).toBe('node build.mjs')
    expect(readFileSync(path.join(root, 'build.mjs'), 'utf8')).toContain("'copyStyles.mjs'")
    expect(manifest.files).toContain('dist')
    // … and a bundler must not drop an import that only brings in a stylesheet.
    expect(manifest.sideEffects).toEqual(['*.css'])
  })

  it('uses only the packages its manifest names (tests may also use the workspace’s test tools)', () => {
    const declared = new Set([
      manifest.name,
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
      // A types-only package (`@types/nlcst`) declares the name its types are imported by (`nlcst`).
      ...Object.keys(manifest.dependencies ?? {})
        .filter((name) => name.startsWith('@types/'))
        .map((name) => name.slice('@types/'.length)),
    ])
    const undeclared = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))
        .filter((specifier) => !builtinModules.includes(specifier))
        .filter((specifier) => !declared.has(packageName(specifier)))
        .filter((specifier) => !(isTest(file) && TEST_ONLY.includes(packageName(specifier))))
        .map((specifier) => `${path.relative(root, file)} → ${specifier}`),
    )
    expect(undeclared).toEqual([])
  })

  it('exports every admin component the config references, under the entry its specifier names', () => {
    // Read, not imported: the components pull in Payload's admin UI and its stylesheets.
    const exported = (entry: string) =>
      [
        ...readFileSync(path.join(root, 'exports', `${entry}.ts`), 'utf8').matchAll(/export \{ (\w+) \}/g),
      ].map((match) => match[1])
    const entries: Record<string, string[]> = { client: exported('client'), rsc: exported('rsc') }
    const specifiers = Object.values(paths).flatMap((value) => {
      const resolved =
        typeof value === 'function' ? (value as (arg: never) => unknown)('phase' as never) : value
      return [typeof resolved === 'string' ? resolved : (resolved as { path: string }).path]
    })
    expect(specifiers.length).toBeGreaterThan(10)
    for (const specifier of specifiers) {
      const [module, name] = specifier.split('#')
      const entry = module.replace(`${manifest.name}/`, '')
      expect(module.startsWith(`${manifest.name}/`), specifier).toBe(true)
      expect(entries[entry] ?? [], specifier).toContain(name)
    }
  })

  it('ships its README in the tarball', () => {
    // What `npm pack` would pack, without building (`--ignore-scripts` skips prepack's build).
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: root,
        encoding: 'utf8',
      }),
    ) as { files: { path: string }[] }[]
    expect(packed.files.map((file) => file.path)).toContain('README.md')
  })
})
