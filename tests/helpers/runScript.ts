import { spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * Runs `npm run <script> -- <args>` in the repository as a person would, and reports how it ended.
 * After `timeout` ms the whole process group is killed, and `code` is null.
 */
export const runScript = ({
  script,
  args = [],
  env,
  timeout,
}: {
  script: string
  args?: string[]
  env: Record<string, string | undefined>
  timeout: number
}) =>
  new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((resolve) => {
    const started = Date.now()
    const child = spawn('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
      cwd: root,
      env: env as NodeJS.ProcessEnv,
      // No input: a prompt (such as `payload migrate` asking about a pushed database) reads end of file.
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that the timeout also ends what npm started.
      detached: true,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), timeout)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, ms: Date.now() - started })
    })
  })
