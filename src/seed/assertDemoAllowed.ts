import type { Payload, PayloadRequest } from 'payload'

import { demoUsers } from './demoData'

/**
 * Throws unless the demo data may be written: the demo accounts have known passwords and a known
 * API key, so they must never land in production nor in a database whose accounts are real. A
 * database whose only accounts are the demo ones (a demo seeded before) stays allowed. Without
 * `payload`, checks the environment only, before anything is loaded.
 */
export const assertDemoAllowed = async ({
  env,
  payload,
  req,
}: {
  env: Record<string, string | undefined>
  payload?: Payload
  req?: Partial<PayloadRequest>
}) => {
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'The demo seed never runs in production (NODE_ENV=production): its accounts have known ' +
        'passwords and a known API key. Use `npm run seed` (the editorial line only).',
    )
  }
  if (!payload) return
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { not_in: demoUsers.map((user) => user.email) } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new Error(
      `The demo seed refuses this database: it has ${totalDocs} account${totalDocs > 1 ? 's' : ''} ` +
        'besides the demo ones, so it is not a demo database, and the demo accounts have known ' +
        'passwords and a known API key. Nothing was created. Run the demo on a database of its own ' +
        '(e.g. DATABASE_URI=file:./data/demo.db npm run seed -- --demo), or `npm run seed` without --demo.',
    )
  }
}
