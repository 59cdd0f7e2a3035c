import { spawn } from 'node:child_process'

import { freePort } from '../e2e/server'

export type BlankServer = {
  baseURL: string
  /** SIGTERM to the server's process group, without waiting for it to exit. */
  stop: () => void
}

/**
 * Serves a blank app's production build with `next start` on a free port, in `env` (the app's own,
 * see `blankAppEnv`), and waits until `readyPath` answers 2xx: the path is the test's own (a host that
 * renamed the plugin's posts has no `/api/posts` of the plugin's to wait for).
 */
export const startBlankServer = async ({
  app,
  env,
  readyPath,
}: {
  app: string
  env: NodeJS.ProcessEnv
  readyPath: string
}): Promise<BlankServer> => {
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  // Its own process group, so that stopping it reaches next's workers too.
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: app,
    env: { ...env, NODE_ENV: 'production' },
    detached: true,
    stdio: 'inherit',
  })
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + 90_000
  for (;;) {
    try {
      if ((await fetch(`${baseURL}${readyPath}`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop()
      throw new Error(`the blank app did not answer on ${baseURL}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return { baseURL, stop }
}
