import type { TaskConfig } from 'payload'

import { SEND_EMAIL_TASK } from './notificationKinds.js'
import { sendEmailOnce } from './sendEmailOnce.js'

export type EmailInput = {
  to: string
  subject: string
  text: string
  html: string
  /** The message's own key (a UUID given when queued): job ids are reused once jobs are deleted. */
  key?: null | string
}

/**
 * Sends one message through the host's email adapter (`payload.sendEmail`). A refused or failed
 * send throws, and the jobs queue tries again later: 1, 2, 4, 8 then 16 minutes after. A job two
 * runners picked at once sends once (see sendEmailOnce).
 */
export const sendEmailTask: TaskConfig<{ input: EmailInput; output: object }> = {
  slug: SEND_EMAIL_TASK,
  label: 'Editorial line: send an email',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea', required: true },
    { name: 'key', type: 'text' },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, job, req }) => {
    await sendEmailOnce({
      payload: req.payload,
      key: `email:${input.key ?? `${String(job.id)}:${String(job.createdAt)}`}`,
      message: { to: input.to, subject: input.subject, text: input.text, html: input.html },
    })
    return { output: {} }
  },
}
