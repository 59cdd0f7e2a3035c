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
  modulesFrom,
  ...blankApp
}: {
  folder: string
  app: string
  env: NodeJS.ProcessEnv
  /**
   * A blank app installed before from the same manifest (the run's first, `blankAppBuild`): this one
   * names the same tarball and gets hard links to its `node_modules` instead of a second `npm install`
   * of the same packages. The database adapter must be the same (the manifest names it).
   */
  modulesFrom?: { app: string; tarball: string }
} & Omit<Parameters<typeof writeBlankApp>[0], 'folder' | 'tarball'>) => {
  if (modulesFrom) {
    writeBlankApp({ ...blankApp, folder: app, tarball: modulesFrom.tarball })
    execFileSync('cp', ['-al', path.join(modulesFrom.app, 'node_modules'), path.join(app, 'node_modules')])
    return
  }
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
  // The blank app has no lockfile: npm asks the registry about every package (about 430) before it
  // installs. `--prefer-offline` takes what npm's cache already knows (from this workspace's install or
  // an earlier blank app), so the run's second and third apps skip those requests; npm still fetches
  // what the cache lacks.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--include=dev', '--prefer-offline'], {
    cwd: app,
    env,
    stdio: 'inherit',
  })
}
