/**
 * `npm run seed`: loads the editorial line into the configured database.
 * `npm run seed -- --demo` also creates the demo accounts and, on an empty database, demo posts;
 * it refuses production and databases with other accounts before writing anything, even the line.
 * `--skip-demo-if-refused` (what `npm run dev` passes) turns the second refusal into a warning: the line
 * is loaded, no demo data is written, and the dev server still starts on a database of real accounts.
 */
import { getPayload } from 'payload'

import { assertDemoAllowed } from './assertDemoAllowed'
import { DEFAULT_DEMO_API_KEY, DEFAULT_DEMO_PASSWORD, seedDemo } from './demo'
import { demoUsers } from './demoData'
import { seedEditorialLine } from 'payload-plugin-editorial-line'
import { qaliaEditorialLine } from 'payload-plugin-editorial-line/qalia'

const demo = process.argv.includes('--demo')
const skipDemoIfRefused = process.argv.includes('--skip-demo-if-refused')
if (demo) {
  // Before the config is loaded: a production database is neither migrated nor opened for the demo.
  await assertDemoAllowed({ env: process.env }).catch((error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
}
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })

try {
  let demoAllowed = demo
  if (demo) {
    try {
      await assertDemoAllowed({ env: process.env, payload })
    } catch (error) {
      if (!skipDemoIfRefused) throw error
      payload.logger.warn(`${(error as Error).message} Going on without the demo.`)
      demoAllowed = false
    }
  }
  // Production databases are shaped by migrations only (no schema push): bring them up to date first.
  if (process.env.NODE_ENV === 'production') await payload.db.migrate()
  const line = await seedEditorialLine({ payload, line: qaliaEditorialLine })
  payload.logger.info(
    `Editorial line: ${line.targets} targets, ${line.phases} phases, ${line.messages} messages created` +
      (line.plan ? ', plan and monthly mix set' : '') +
      ' (what already existed was left as it was).',
  )
  if (demoAllowed) {
    const password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD
    const apiKey = process.env.DEMO_API_KEY || DEFAULT_DEMO_API_KEY
    const created = await seedDemo({ payload, password, apiKey })
    payload.logger.info(
      `Demo: ${created.users} accounts, ${created.posts} posts and ${created.media} media files created.`,
    )
    const logins = demoUsers
      .filter((user) => !user.roles.includes('publisher'))
      .map((user) => `  ${user.roles.join(', ').padEnd(9)} ${user.email}`)
      .join('\n')
    payload.logger.info(
      `Demo logins (password: DEMO_PASSWORD, default "${DEFAULT_DEMO_PASSWORD}"):\n${logins}\n` +
        `Demo publisher API key (DEMO_API_KEY, default "${DEFAULT_DEMO_API_KEY}"): ` +
        `Authorization: users API-Key <key>`,
    )
  }
} catch (error) {
  payload.logger.error(error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
