import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { writeBlankApp } from './blankApp'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * The plugin as another team gets it: packed with `npm pack` into `folder/pack` (the tarball, not the
 * workspace, so that what the package's `files` leave out is missing here too), then installed from
 * that tarball into a blank app written at `app` (`writeBlankApp`'s other options pass through).
 * `env` is the environment `npm install` runs in: the app's own (see `blankAppEnv`), never the
 * runner's, whose npm settings name this workspace.
 */
export const installBlankApp = ({
  folder,
  app,
  env,
  ...blankApp
}: {
  folder: string
  app: string
  env: NodeJS.ProcessEnv
} & Omit<Parameters<typeof writeBlankApp>[0], 'folder' | 'tarball'>) => {
  const pack = path.join(folder, 'pack')
  mkdirSync(pack, { recursive: true })
  execFileSync('npm', ['pack', '--pack-destination', pack], {
    cwd: path.join(root, 'src/plugins/editorial-line'),
    stdio: 'inherit',
  })
  const tarball = path.join(
    pack,
    readdirSync(pack).find((name) => name.endsWith('.tgz'))!,
  )
  writeBlankApp({ ...blankApp, folder: app, tarball })
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--include=dev'], {
    cwd: app,
    env,
    stdio: 'inherit',
  })
}
