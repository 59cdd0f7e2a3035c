import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}
/** The versions this workspace uses, so that the blank app runs the same Payload, Next and React. */
const versions: Record<string, string> = { ...manifest.dependencies, ...manifest.devDependencies }

/** A post whose title holds this makes the host's own `afterChange` hook on posts fail the save. */
export const HOST_HOOK_FAILS = '[host hook fails]'

/** The database adapters a blank app can be made with: its package, its import and its call. */
const adapters = {
  sqlite: {
    package: '@payloadcms/db-sqlite',
    import: `import { sqliteAdapter } from '@payloadcms/db-sqlite'`,
    call: `sqliteAdapter({ client: { url: process.env.DATABASE_URI || 'file:./blank.db' } })`,
  },
  mongodb: {
    package: '@payloadcms/db-mongodb',
    import: `import { mongooseAdapter } from '@payloadcms/db-mongodb'`,
    call: `mongooseAdapter({ url: process.env.DATABASE_URI || 'mongodb://127.0.0.1/blank' })`,
  },
} as const

/**
 * The plugin's options in the blank app (source text): two target groups of the host's own, and the
 * host's own hooks on the plugin's posts: one that waits on I/O before the write, as a hook calling a
 * webhook or a search index does (without it, a save on the synchronous SQLite driver never lets
 * another request in before it ends, and races cannot happen); one that fails a save after its write.
 */
const GROUPS_OPTIONS = `{
      groups: [
        { value: 'libraires', label: { fr: 'Librairies', en: 'Bookshops' } },
        { value: 'lecteurs', label: 'Lecteurs' },
      ],
      overrides: {
        posts: {
          hooks: {
            beforeChange: [
              async ({ data }) => {
                await new Promise((resolve) => setTimeout(resolve, 20))
                return data
              },
            ],
            afterChange: [
              ({ doc }) => {
                if (String(doc.title).includes(${JSON.stringify(HOST_HOOK_FAILS)}))
                  throw new Error('the host hook failed')
              },
            ],
          },
        },
      },
    }`

/**
 * The files of a blank Payload 3 app as `create-payload-app` lays one out, with the plugin's tarball,
 * on SQLite unless `database` names another of `create-payload-app`'s adapters.
 */
export const writeBlankApp = ({
  folder,
  tarball,
  database = 'sqlite',
  hostCollections = '',
  pluginOptions = GROUPS_OPTIONS,
}: {
  folder: string
  tarball: string
  database?: keyof typeof adapters
  /** More collections of the host's, as config source text (`{ slug: 'posts', … },`). */
  hostCollections?: string
  /** The plugin's options, as source text. */
  pluginOptions?: string
}) => {
  const adapter = adapters[database]
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true })
    writeFileSync(path.join(folder, file), text.trimStart())
  }
  const pick = (...names: string[]) =>
    Object.fromEntries(
      names.map((name) => {
        if (!versions[name]) throw new Error(`blank app: the workspace has no version of ${name}`)
        return [name, versions[name]]
      }),
    )
  write(
    'package.json',
    JSON.stringify(
      {
        name: 'blank-payload-app',
        private: true,
        type: 'module',
        scripts: {
          build: 'next build',
          start: 'next start',
          'generate:importmap': 'cross-env NODE_OPTIONS=--conditions=development payload generate:importmap',
        },
        dependencies: {
          ...pick(
            adapter.package,
            '@payloadcms/next',
            '@payloadcms/richtext-lexical',
            '@payloadcms/translations',
            '@payloadcms/ui',
            'cross-env',
            'graphql',
            'next',
            'payload',
            'react',
            'react-dom',
          ),
          'payload-plugin-editorial-line': `file:${tarball}`,
        },
        devDependencies: pick('typescript', '@types/node', '@types/react', '@types/react-dom'),
      },
      null,
      2,
    ),
  )
  write(
    'next.config.mjs',
    `
import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {}

export default withPayload(nextConfig, { devBundleServerPackages: false })
`,
  )
  write(
    'tsconfig.json',
    JSON.stringify(
      {
        compilerOptions: {
          lib: ['DOM', 'DOM.Iterable', 'ES2022'],
          allowJs: true,
          skipLibCheck: true,
          strict: true,
          noEmit: true,
          esModuleInterop: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          resolveJsonModule: true,
          isolatedModules: true,
          jsx: 'preserve',
          incremental: true,
          plugins: [{ name: 'next' }],
          paths: { '@payload-config': ['./src/payload.config.ts'] },
          target: 'ES2022',
        },
        include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
        exclude: ['node_modules'],
      },
      null,
      2,
    ),
  )
  write(
    'src/payload.config.ts',
    `
import path from 'node:path'
import { fileURLToPath } from 'node:url'
${adapter.import}
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import { editorialLine } from 'payload-plugin-editorial-line'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: { user: 'users', importMap: { baseDir: path.resolve(dirname) } },
  collections: [
    { slug: 'users', auth: true, admin: { useAsTitle: 'email' }, fields: [] },
    { slug: 'pages', admin: { useAsTitle: 'title' }, fields: [{ name: 'title', type: 'text', required: true }] },
    ${hostCollections}
  ],
  editor: lexicalEditor(),
  secret: process.env.PAYLOAD_SECRET || 'blank-app-secret-0123456789abcdef',
  db: ${adapter.call},
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  plugins: [editorialLine(${pluginOptions})],
})
`,
  )
  // Payload's admin and API routes, as create-payload-app writes them.
  const app = 'src/app/(payload)'
  write(`${app}/custom.scss`, '\n')
  write(`${app}/admin/importMap.js`, 'export const importMap = {}\n')
  write(
    `${app}/layout.tsx`,
    `
import type { ServerFunctionClient } from 'payload'
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import React from 'react'
import { importMap } from './admin/importMap.js'
import './custom.scss'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({ ...args, config, importMap })
}

const Layout = ({ children }: { children: React.ReactNode }) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)
export default Layout
`,
  )
  for (const [file, view] of [
    ['page.tsx', 'RootPage'],
    ['not-found.tsx', 'NotFoundPage'],
  ]) {
    write(
      `${app}/admin/[[...segments]]/${file}`,
      `
import type { Metadata } from 'next'
import config from '@payload-config'
import { generatePageMetadata, ${view} } from '@payloadcms/next/views'
import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}
export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })
const View = ({ params, searchParams }: Args) => ${view}({ config, params, searchParams, importMap })
export default View
`,
    )
  }
  write(
    `${app}/api/[...slug]/route.ts`,
    `
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

export const GET = REST_GET(config)
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
`,
  )
  write(
    `${app}/api/graphql/route.ts`,
    `
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

export const POST = GRAPHQL_POST(config)
export const OPTIONS = REST_OPTIONS(config)
`,
  )
}
