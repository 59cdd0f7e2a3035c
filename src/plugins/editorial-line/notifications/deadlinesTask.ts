import type { TaskConfig } from 'payload'

import { DEADLINES_TASK } from './notificationKinds.js'
import { sendDeadlines } from './sendDeadlines.js'

/**
 * Every minute, on the queue the host runs (`jobs.autoRun` or the cron endpoint, which both handle
 * schedules): reminders, slots passed in review, overdue publications (see sendDeadlines).
 */
export const deadlinesTask: TaskConfig<{ input: object; output: object }> = {
  slug: DEADLINES_TASK,
  label: 'Editorial line: deadlines',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    await sendDeadlines({ payload: req.payload, now: new Date() })
    return { output: {} }
  },
}
