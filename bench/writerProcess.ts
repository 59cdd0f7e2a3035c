import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { getPayload, type Payload } from 'payload'

import { restClient, type RestClient } from '../tests/helpers/rest'
import { benchConfig } from './config'

/** What a writer run reports: saves made, errors, wall and CPU time (this process). */
export type WritersOutcome = { saves: number; errors: string[]; seconds: number; cpuMs: number }

/**
 * `writers` writers creating and submitting posts over the in-process REST handler for `seconds`, each
 * post deleted after its save (untimed in spirit, but within the run: every process pays the same), so
 * that the month's counts stay the same.
 */
export const runWriters = async ({
  payload,
  rest,
  token,
  body,
  writers,
  seconds,
}: {
  payload: Payload
  rest: RestClient
  token: string
  body: Record<string, unknown>
  writers: number
  seconds: number
}): Promise<WritersOutcome> => {
  const errors: string[] = []
  let saves = 0
  const cpu = process.cpuUsage()
  const started = performance.now()
  const deadline = started + seconds * 1000
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let index = 0; performance.now() < deadline; index++) {
        const created = await rest({
          method: 'POST',
          path: '/posts?depth=0',
          token,
          body: { ...body, title: `Writer ${process.pid}.${writer}.${index}` },
        })
        if (created.status !== 201) {
          errors.push(`create ${created.status} ${created.text.slice(0, 200)}`)
          continue
        }
        const submitted = await rest({
          method: 'PATCH',
          path: `/posts/${created.body.doc.id}?depth=0`,
          token,
          body: { status: 'in_review' },
        })
        if (submitted.status === 200) saves++
        else errors.push(`submit ${submitted.status} ${submitted.text.slice(0, 200)}`)
        await payload.delete({ collection: 'posts', id: created.body.doc.id, overrideAccess: true })
      }
    }),
  )
  const used = process.cpuUsage(cpu)
  return {
    saves,
    errors,
    seconds: (performance.now() - started) / 1000,
    cpuMs: (used.user + used.system) / 1000,
  }
}

/**
 * A second (or third) server process for `npm run bench -- --postgres`: Payload on the bench's database
 * (the first process shaped it), writers run when the parent says `go` on stdin; the outcome is printed
 * as one JSON line after `RESULT `.
 */
const child = async () => {
  const { BENCH_URI, BENCH_TOKEN, BENCH_BODY, BENCH_WRITERS, BENCH_SECONDS } = process.env
  const config = await benchConfig({ uri: BENCH_URI!, push: false })
  const payload = await getPayload({ config })
  const rest = restClient({ config, key: 'default' })
  const run = (seconds: number) =>
    runWriters({
      payload,
      rest,
      token: BENCH_TOKEN!,
      body: JSON.parse(BENCH_BODY!),
      writers: Number(BENCH_WRITERS),
      seconds,
    })
  // Warmed up before the timed run: a cold process spends its first seconds (and hundreds of saves)
  // compiling Payload's and the plugin's code, which the rate would otherwise count. The in-process
  // writers run after the whole bench has warmed their process; two processes warming up together get
  // half the processor each, hence ten seconds.
  await run(10)
  console.log('READY')
  const lines = createInterface({ input: process.stdin })
  for await (const line of lines) if (line.trim() === 'go') break
  const outcome = await run(Number(BENCH_SECONDS))
  console.log(`RESULT ${JSON.stringify(outcome)}`)
  await payload.destroy()
  process.exit(0)
}

if (process.env.BENCH_WRITER_PROCESS === '1') {
  child().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
