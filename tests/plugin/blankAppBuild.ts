import type { TestProject } from 'vitest/node'

import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { installBlankApp } from './installBlankApp'

/** The blank app every `*.plugin.test.ts` file serves, each on its own copy of `template`. */
export type BlankAppBuild = {
  /** The app's folder (its `.next` holds the production build). */
  app: string
  /** An SQLite file with the app's schema, migrated and empty. */
  template: string
  /** The plugin's tarball the app was installed from. */
  tarball: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    blankApp: BlankAppBuild
  }
}

/**
 * The blank app's own environment: none of the npm settings of the command running the tests (they
 * name this workspace), no NODE_ENV of the test runner (npm would skip dev dependencies under some).
 */
export const blankAppEnv = (env: Record<string, string> = {}) =>
  ({
    ...Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('npm_') && name !== 'NODE_ENV'),
    ),
    NEXT_TELEMETRY_DISABLED: '1',
    ...env,
  }) as unknown as NodeJS.ProcessEnv

/**
 * Packs the plugin and installs the blank app into `folder/app` (`installBlankApp`), unless an earlier
 * call finished doing so there (its mark: `folder/installed`). CI runs it ahead of the suite, in the
 * background while the integration suites run (`installBlankAppCli.ts`): the install mostly waits on
 * the registry.
 */
export const installBlankAppOnce = ({ folder }: { folder: string }) => {
  const installed = path.join(folder, 'installed')
  if (existsSync(installed)) return
  installBlankApp({
    folder,
    app: path.join(folder, 'app'),
    env: blankAppEnv({ DATABASE_URI: `file:${path.join(folder, 'build.db')}` }),
  })
  writeFileSync(installed, new Date().toISOString())
}

/**
 * Vitest global setup of `test:plugin`: the plugin packed with `npm pack`, installed from the tarball
 * into a blank Payload app laid out as `create-payload-app` lays one out, its import map generated,
 * its schema migrated into a template database, built for production: once for every test file.
 * `BLANK_APP_FOLDER` names a folder where such an app was built before, to reuse it (when checking
 * a test against a changed build of the plugin, for instance), or only installed (CI).
 */
export default function setup(project: TestProject) {
  const reuse = process.env.BLANK_APP_FOLDER
  const folder = reuse ?? mkdtempSync(path.join(tmpdir(), 'editorial-line-blank-app-'))
  const app = path.join(folder, 'app')
  const template = path.join(folder, 'template.db')
  if (!reuse || !existsSync(path.join(app, '.next', 'BUILD_ID'))) {
    const appEnv = (env: Record<string, string> = {}) =>
      blankAppEnv({ DATABASE_URI: `file:${path.join(folder, 'build.db')}`, ...env })
    const run = (command: string, args: string[], env: Record<string, string> = {}) =>
      execFileSync(command, args, { cwd: app, env: appEnv(env), stdio: 'inherit' })
    installBlankAppOnce({ folder })
    // Payload's CLI on Node 20 needs the development condition (Lexical's top-level await).
    const cli = { NODE_OPTIONS: '--conditions=development' }
    run('npx', ['payload', 'generate:importmap'], cli)
    run('npx', ['payload', 'migrate:create', 'initial'], cli)
    run('npx', ['payload', 'migrate'], cli)
    copyFileSync(path.join(folder, 'build.db'), template)
    run('npx', ['next', 'build'], { NODE_ENV: 'production' })
  }
  const pack = path.join(folder, 'pack')
  const tarball = path.join(
    pack,
    readdirSync(pack).find((name) => name.endsWith('.tgz'))!,
  )
  project.provide('blankApp', { app, template, tarball })
  return () => {
    if (!reuse) rmSync(folder, { recursive: true, force: true })
  }
}
