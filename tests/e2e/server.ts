import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createClient } from '@libsql/client'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The SQLite file the e2e and crash global setup seeded with the demo (tests/e2e/build.ts). */
    demoTemplate: string
  }
}

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

const serverEnv = ({ databaseUri }: { databaseUri: string }) => ({
  ...process.env,
  DATABASE_URI: databaseUri,
  NEXT_DIST_DIR: distDir,
  PAYLOAD_SECRET: E2E_SECRET,
  NEXT_TELEMETRY_DISABLED: '1',
})

/** Creates the schema of a fresh database (SQLite file or PostgreSQL) and fills it with the editorial line and the demo data. */
export const seedDemo = ({ databaseUri }: { databaseUri: string }) => {
  // The demo seed runs outside production (it refuses otherwise) and lets Payload push the schema.
  execFileSync('npx', ['tsx', 'src/seed/run.ts', '--demo'], {
    cwd: root,
    env: { ...serverEnv({ databaseUri }), NODE_ENV: 'development', NODE_OPTIONS: '--conditions=development' },
    stdio: 'inherit',
  })
}

/**
 * Seeds the demo once into a fresh SQLite file, for every test file of a run to copy: the seed takes
 * about half a minute, and once per file it made the browser suite several minutes longer.
 */
export const seedDemoTemplate = async (): Promise<{ folder: string; file: string }> => {
  const folder = mkdtempSync(path.join(tmpdir(), 'qalia-demo-template-'))
  const file = path.join(folder, 'template.db')
  seedDemo({ databaseUri: `file:${file}` })
  // Everything into the main file, so that a copy of it alone is the whole seeded database.
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  client.close()
  return { folder, file }
}

/** A copy of the demo the global setup seeded (`seedDemoTemplate`), in `folder`: a server's `DATABASE_URI`. */
export const copyDemoTemplate = ({ folder, name = 'e2e.db' }: { folder: string; name?: string }): string => {
  const file = path.join(folder, name)
  copyFileSync(inject('demoTemplate'), file)
  return `file:${file}`
}

/** True while any process of the group led by `pid` is alive. */
const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/** Signals the whole process group (npx, next, its workers) and waits until none of it is left. */
const endGroup = async ({ pid, signal }: { pid: number; signal: NodeJS.Signals }) => {
  try {
    process.kill(-pid, signal)
  } catch {
    return // already gone
  }
  const deadline = Date.now() + 30_000
  while (groupAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(-pid, 'SIGKILL')
      throw new Error(`the server (process group ${pid}) outlived ${signal} by 30 s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

export type RunningServer = {
  baseURL: string
  /** Ends the server as a crash would: SIGKILL to its process group, no cleanup of any kind. */
  kill: () => Promise<void>
  /** Ends the server gracefully (SIGTERM) and waits until it has exited. */
  stop: () => Promise<void>
}

/** Another Next.js app than this one, built into its `.next` (the blank host app of `test:plugin`). */
export type OtherApp = { folder: string; env: NodeJS.ProcessEnv }

/**
 * Serves the e2e build (or `app`'s own build) with `next start` on a free port against an existing
 * database, without seeding it, so a test can restart a server on the database another one left behind.
 */
export const startServer = async ({
  databaseUri,
  app,
}: {
  databaseUri: string
  app?: OtherApp
}): Promise<RunningServer> => {
  const build = app ? path.join(app.folder, '.next') : path.join(root, distDir)
  if (!existsSync(path.join(build, 'BUILD_ID'))) {
    throw new Error(`no production build in ${build}: the e2e global setup builds it (tests/e2e/build.ts)`)
  }
  const port = await freePort()
  // Its own process group, so a kill reaches next's workers too.
  const server: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: app?.folder ?? root,
    env: {
      ...(app ? { ...app.env, DATABASE_URI: databaseUri } : serverEnv({ databaseUri })),
      NODE_ENV: 'production',
    },
    detached: true,
    stdio: 'inherit',
  })
  const pid = server.pid!
  const baseURL = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    try {
      // Any answer but a server error: Payload is up and reached its database (a refusal counts).
      if ((await fetch(`${baseURL}/api/posts?limit=1`)).status < 500) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await endGroup({ pid, signal: 'SIGKILL' })
      throw new Error(`the production server did not answer on ${baseURL}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    baseURL,
    kill: () => endGroup({ pid, signal: 'SIGKILL' }),
    stop: () => endGroup({ pid, signal: 'SIGTERM' }),
  }
}

/**
 * Serves the e2e build with `next start` on a free port, on a copy of the demo database the global
 * setup seeded once (`tests/e2e/build.ts`): each test file starts from the same seeded demo, and none
 * sees what another file changed.
 */
export const startProductionServer = async (): Promise<{ baseURL: string; stop: () => Promise<void> }> => {
  const folder = mkdtempSync(path.join(tmpdir(), 'qalia-e2e-'))
  const databaseUri = copyDemoTemplate({ folder })
  const server = await startServer({ databaseUri })
  return {
    baseURL: server.baseURL,
    stop: async () => {
      await server.stop()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
