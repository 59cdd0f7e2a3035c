import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { Users } from './collections/Users'
import { databaseAdapter } from './db/databaseAdapter'
import { editorialLine } from 'payload-plugin-editorial-line'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const secret = () => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (process.env.NODE_ENV !== 'production') return 'qalia-development-secret'
  console.warn('PAYLOAD_SECRET is not set: using a random secret, so logins end when the server restarts.')
  return randomBytes(32).toString('hex')
}

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    avatar: 'default',
    meta: { titleSuffix: '· QALIA' },
  },
  collections: [Users],
  db: databaseAdapter({ uri: process.env.DATABASE_URI }),
  // The plugin's strings are neutral; QALIA names its calendar feed (host keys win, key by key).
  i18n: {
    translations: {
      fr: { editorialLine: { calendarName: 'QALIA — posts approuvés' } },
      en: { editorialLine: { calendarName: 'QALIA — approved posts' } },
    },
  },
  plugins: [editorialLine()],
  secret: secret(),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
