import type { TestProject } from 'vitest/node'

import { existsSync, renameSync, rmSync } from 'node:fs'

import { buildForE2e, seedDemoTemplate } from './server'

/**
 * Vitest global setup of the e2e and crash suites: one production build, and one seeded demo database
 * that each test file copies (`copyDemoTemplate`). `E2E_DEMO_TEMPLATE` names a file to keep that
 * database in, for the next suite to reuse: CI seeds it once for both suites (the seed takes about half
 * a minute); without it, each run seeds its own and removes it at the end.
 */
export default async function setup(project: TestProject) {
  buildForE2e()
  const kept = process.env.E2E_DEMO_TEMPLATE
  if (kept && existsSync(kept)) {
    project.provide('demoTemplate', kept)
    return
  }
  const template = await seedDemoTemplate()
  if (kept) {
    renameSync(template.file, kept)
    rmSync(template.folder, { recursive: true, force: true })
    project.provide('demoTemplate', kept)
    return
  }
  project.provide('demoTemplate', template.file)
  return () => rmSync(template.folder, { recursive: true, force: true })
}
