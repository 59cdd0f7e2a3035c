// `npm run build`: compiles the plugin into `dist/` (tsc, then its stylesheets beside the components),
// unless `dist/` was built from exactly these sources. The app's scripts and CI build the plugin before
// each suite (and `npm pack` before each blank app): the same sources need compiling once. `--force`
// builds anyway.
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// Not import.meta.dirname: the package supports Node 20.9, which does not have it (20.11 does).
const root = path.dirname(fileURLToPath(import.meta.url))
/** Where the hash of the sources `dist/` was built from is kept (gitignored, never packed). */
const stampFile = path.join(root, '.dist-hash')

/** Every file the build reads, by path, with its content: a hash that changes with any of them. */
const hashSources = () => {
  const hash = createHash('sha256')
  const visit = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) visit(file)
      else if (entry.isFile())
        hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
    }
  }
  visit(root)
  return hash.digest('hex')
}

const sources = hashSources()
const built =
  existsSync(stampFile) && existsSync(path.join(root, 'dist', 'index.js'))
    ? readFileSync(stampFile, 'utf8')
    : ''
if (built === sources && !process.argv.includes('--force')) {
  console.log('payload-plugin-editorial-line: dist/ is up to date with its sources')
} else {
  rmSync(stampFile, { force: true })
  rmSync(path.join(root, 'dist'), { recursive: true, force: true })
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' })
  execFileSync(process.execPath, [path.join(root, 'copyStyles.mjs')], { cwd: root, stdio: 'inherit' })
  writeFileSync(stampFile, sources)
}
