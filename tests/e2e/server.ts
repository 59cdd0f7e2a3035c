import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
/** The e2e build lives beside `.next`, so a running `next dev` is left alone. */
const distDir = '.next-e2e'
/** Production refuses a secret shorter than 32 characters (src/config/payloadSecret.ts). */
const E2E_SECRET = 'e2e-secret-0123456789abcdef0123456789'

/** A port nobody listens on, on 127.0.0.1. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

/** Builds the app for production into `.next-e2e`, once for the whole e2e run (vitest global setup). */
export const buildForE2e = () => {
  if (process.env.E2E_SKIP_BUILD === 'true' && existsSync(path.join(root, distDir, 'BUILD_ID'))) return
  // The app uses the plugin as a package: compile it first, so the build never serves a stale copy.
  execFileSync('npm', ['run', 'build:plugin'], { cwd: root, stdio: 'inherit' })
  const folder = mkdtempSync(path.join(tmpdir(), 'qalia-e2e-build-'))
  try {
    execFileSync('npx', ['next', 'build'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URI: `file:${path.join(folder, 'build.db')}`,
        NEXT_DIST_DIR: distDir,
        PAYLOAD_SECRET: E2E_SECRET,
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
      },
      stdio: 'inherit',
    })
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/**
 * Seeds a fresh SQLite database with the editorial line and the demo data, and serves the e2e
 * build with `next start` on a free port.
 */
export const startProductionServer = async (): Promise<{ baseURL: string; stop: () => void }> => {
  const folder = mkdtempSync(path.join(tmpdir(), 'qalia-e2e-'))
  const env = {
    ...process.env,
    DATABASE_URI: `file:${path.join(folder, 'e2e.db')}`,
    NEXT_DIST_DIR: distDir,
    PAYLOAD_SECRET: E2E_SECRET,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    throw new Error(`no production build in ${distDir}: the e2e global setup builds it (tests/e2e/build.ts)`)
  }
  // The demo seed runs outside production (it refuses otherwise) and lets Payload push the schema.
  execFileSync('npx', ['tsx', 'src/seed/run.ts', '--demo'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'development', NODE_OPTIONS: '--conditions=development' },
    stdio: 'inherit',
  })
  const port = await freePort()
  const server: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production' },
    detached: true,
    stdio: 'inherit',
  })
  const baseURL = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    try {
      if ((await fetch(`${baseURL}/api/posts?limit=1`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the production server did not answer on ${baseURL}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    baseURL,
    stop: () => {
      try {
        process.kill(-server.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
