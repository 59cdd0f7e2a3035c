import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { Users } from './collections/Users'
import { payloadSecret } from './config/payloadSecret'
import { databaseAdapter } from './db/databaseAdapter'
import { emailAdapter } from './config/emailAdapter'
import { jobsSettings } from './config/jobsSettings'
import { editorialLine } from 'payload-plugin-editorial-line'
import { qalia } from 'payload-plugin-editorial-line/qalia'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// First, so that production without a usable secret stops before any database is touched.
const secret = payloadSecret({ env: process.env })

/**
 * The app's configuration before Payload sanitizes it: the admin benchmark's app variant
 * (`bench/admin/payload.config.ts`) serves it with one more collection beside the plugin's.
 */
export const appConfig: Config = {
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    avatar: 'default',
    meta: { titleSuffix: '· QALIA' },
  },
  collections: [Users],
  db: databaseAdapter({ uri: process.env.DATABASE_URI }),
  // SMTP from SMTP_HOST & co., or Payload's console output without it.
  email: emailAdapter({ env: process.env }),
  // The queue the plugin's notifications go through: run every minute by the app, or by cron.
  jobs: jobsSettings({ env: process.env }),
  // French by default, English on request. The plugin's strings are neutral; QALIA names its
  // calendar feed (host keys win, key by key).
  i18n: {
    supportedLanguages: { fr, en },
    fallbackLanguage: 'fr',
    translations: {
      fr: { editorialLine: { calendarName: 'QALIA — posts approuvés' } },
      en: { editorialLine: { calendarName: 'QALIA — approved posts' } },
    },
  },
  // The plugin makes saves atomic and one at a time on this adapter; last, so that it scopes every
  // collection's hooks (see its db/withWriteGuarantees.ts).
  plugins: [editorialLine({ ...qalia })],
  secret,
  // Reads image headers and makes the media library's sizes (thumbnail, feed).
  sharp,
  // The admin's public address, for the links in notification messages (unset: the address a save came to).
  ...(process.env.SERVER_URL?.trim() ? { serverURL: process.env.SERVER_URL.trim() } : {}),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
}

export default buildConfig(appConfig)
