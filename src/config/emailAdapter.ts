import type { Config } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import { smtpSettings } from './smtpSettings'

/**
 * Payload's email adapter for the app: SMTP from the environment (see smtpSettings), or none, and
 * Payload then prints messages to the console. The plugin only calls `payload.sendEmail`.
 */
export const emailAdapter = ({ env }: { env: Record<string, string | undefined> }): Config['email'] => {
  const settings = smtpSettings({ env })
  if (!settings) return undefined
  // Not verified at start: an SMTP server down must not stop the app; failed sends are retried.
  return nodemailerAdapter({ ...settings, skipVerify: true })
}
