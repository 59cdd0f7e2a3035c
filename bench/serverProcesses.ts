import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { WritersOutcome } from './writerProcess'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const STARTUP_MS = 180_000

/**
 * `count` more server processes on the bench's database (`writerProcess.ts`), each with its own Payload,
 * pool and in-process REST handler, as a team adds servers behind a load balancer. `run` starts their
 * writers at the same moment and returns each one's outcome; the processes end after it.
 */
export const serverProcesses = async ({
  uri,
  token,
  body,
  count,
  writers,
  seconds,
}: {
  uri: string
  token: string
  body: Record<string, unknown>
  count: number
  writers: number
  seconds: number
}) => {
  const children = Array.from({ length: count }, () =>
    spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'bench/writerProcess.ts')], {
      cwd: root,
      env: {
        ...process.env,
        NODE_OPTIONS: '--conditions=development',
        BENCH_WRITER_PROCESS: '1',
        BENCH_URI: uri,
        BENCH_TOKEN: token,
        BENCH_BODY: JSON.stringify(body),
        BENCH_WRITERS: String(writers),
        BENCH_SECONDS: String(seconds),
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  )
  const outputs = children.map((child) => {
    let text = ''
    child.stdout!.on('data', (chunk) => (text += String(chunk)))
    return () => text
  })
  const waitFor = (index: number, marker: string) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`server process ${index}: no ${marker}`)),
        STARTUP_MS + seconds * 1000,
      )
      const check = () => {
        const line = outputs[index]()
          .split('\n')
          .find((candidate) => candidate.startsWith(marker))
        if (line !== undefined) {
          clearTimeout(timer)
          resolve(line.slice(marker.length))
        }
      }
      children[index].stdout!.on('data', check)
      children[index].on('exit', (code) => {
        check()
        reject(new Error(`server process ${index} ended (${code}) before ${marker}`))
      })
      check()
    })
  await Promise.all(children.map((_, index) => waitFor(index, 'READY')))
  return {
    run: async (): Promise<WritersOutcome[]> => {
      for (const child of children) child.stdin!.write('go\n')
      const lines = await Promise.all(children.map((_, index) => waitFor(index, 'RESULT ')))
      return lines.map((line) => JSON.parse(line) as WritersOutcome)
    },
  }
}
