import type { Config } from 'payload'

/** The admins of the line, as the plugin's `roles` field stores them. */
const isAdmin = (user: unknown) =>
  Array.isArray((user as { roles?: unknown } | null)?.roles) &&
  ((user as { roles: unknown[] }).roles.includes('admin') as boolean)

/**
 * How the jobs queue (the plugin's messages) runs: the app runs it itself every minute while it
 * serves (`npm run dev`, `npm start`), except in tests, which run it when they choose; hosts that
 * cannot keep a process alive call `GET /api/payload-jobs/run` from cron with
 * `Authorization: Bearer <CRON_SECRET>`. Only admins and that secret may run it by hand.
 */
export const jobsSettings = ({
  env,
}: {
  env: Record<string, string | undefined>
}): NonNullable<Config['jobs']> => {
  const cronSecret = env.CRON_SECRET?.trim()
  const autoRun = env.NODE_ENV !== 'test' && env.JOBS_AUTORUN !== 'false'
  return {
    ...(autoRun ? { autoRun: [{ cron: '* * * * *', queue: 'default', limit: 50 }] } : {}),
    access: {
      run: ({ req }) =>
        isAdmin(req.user) ||
        (Boolean(cronSecret) && req.headers.get('authorization') === `Bearer ${cronSecret}`),
    },
  }
}
