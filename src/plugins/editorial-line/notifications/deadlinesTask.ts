import type { TaskConfig } from 'payload'

import { DEADLINES_TASK } from './notificationKinds.js'
import { sendDeadlines } from './sendDeadlines.js'
import { sendDigests } from './sendDigests.js'

/**
 * Every minute, on the queue the host runs (`jobs.autoRun` or the cron endpoint, which both handle
 * schedules): reminders, slots passed in review, overdue publications (see sendDeadlines), and the
 * weekly digest on Monday morning (see sendDigests).
 */
export const deadlinesTask: TaskConfig<{ input: object; output: object }> = {
  slug: DEADLINES_TASK,
  label: 'Editorial line: deadlines',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const now = new Date()
    await sendDeadlines({ payload: req.payload, now })
    await sendDigests({ payload: req.payload, now })
    return { output: {} }
  },
}
