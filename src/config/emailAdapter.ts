import type { Config, EmailAdapter } from 'payload'

import nodemailer, { type SendMailOptions } from 'nodemailer'

import { smtpSettings } from './smtpSettings'

/**
 * Payload's email adapter for the app: SMTP from the environment (see smtpSettings) through
 * nodemailer, or none, and Payload then prints messages to the console. The plugin only calls
 * `payload.sendEmail`.
 *
 * Not `@payloadcms/email-nodemailer`: its latest release (3.90.1) pins `payload` 3.90.1 exactly, and
 * Payload's dependency check rejects the mismatch beside payload 3.90.2 at every start outside
 * production. This is the same adapter: nodemailer's transport, Payload's default sender. The
 * transport is not verified at start: an SMTP server down must not stop the app; failed sends are
 * retried by the jobs queue.
 */
export const emailAdapter = ({ env }: { env: Record<string, string | undefined> }): Config['email'] => {
  const settings = smtpSettings({ env })
  if (!settings) return undefined
  const { transportOptions, defaultFromAddress, defaultFromName } = settings
  const transport = nodemailer.createTransport(transportOptions)
  const adapter: EmailAdapter<unknown> = () => ({
    name: 'nodemailer',
    defaultFromAddress,
    defaultFromName,
    sendEmail: async (message) => {
      const from =
        typeof message.from === 'object' && message.from
          ? { name: message.from.name, address: message.from.address }
          : message.from
      return transport.sendMail({
        ...message,
        from: from || { name: defaultFromName, address: defaultFromAddress },
      } as SendMailOptions)
    },
  })
  return adapter
}
