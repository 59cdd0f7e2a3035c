import type { TaskConfig } from 'payload'

import { SEND_EMAIL_TASK } from './notificationKinds.js'

export type EmailInput = { to: string; subject: string; text: string; html: string }

/**
 * Sends one message through the host's email adapter (`payload.sendEmail`). A refused or failed
 * send throws, and the jobs queue tries again later: 1, 2, 4, 8 then 16 minutes after.
 */
export const sendEmailTask: TaskConfig<{ input: EmailInput; output: object }> = {
  slug: SEND_EMAIL_TASK,
  label: 'Editorial line: send an email',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea', required: true },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text, html: input.html })
    return { output: {} }
  },
}
