import type { TestProject } from 'vitest/node'

import { rmSync } from 'node:fs'

import { buildForE2e, seedDemoTemplate } from './server'

/**
 * Vitest global setup of the e2e and crash suites: one production build, and one seeded demo database
 * that each test file copies (`copyDemoTemplate`).
 */
export default async function setup(project: TestProject) {
  buildForE2e()
  const template = await seedDemoTemplate()
  project.provide('demoTemplate', template.file)
  return () => rmSync(template.folder, { recursive: true, force: true })
}
