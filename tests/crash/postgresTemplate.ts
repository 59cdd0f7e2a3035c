import type { TestProject } from 'vitest/node'

import { seedDemo } from '../e2e/server'
import { startPostgres } from './postgres'

/** The seeded demo on PostgreSQL that the crash suite's files copy (CREATE DATABASE … TEMPLATE). */
export const CRASH_TEMPLATE = 'qalia_crash_template'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server of the crash suite (its own database's URI), where `CRASH_TEMPLATE` is. */
    crashPostgres: string
  }
}

/**
 * Vitest global setup of the crash suite: one PostgreSQL cluster (or the server `TEST_POSTGRES_URI`
 * names) with the demo seeded once into `CRASH_TEMPLATE`, for both PostgreSQL files; each seeded its own
 * before, about a minute of the suite. Stopped (or the template dropped) at the end.
 */
export default async function setup(project: TestProject) {
  const postgres = startPostgres()
  await postgres.admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${CRASH_TEMPLATE} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${CRASH_TEMPLATE}`)
  })
  seedDemo({ databaseUri: postgres.databaseUri(CRASH_TEMPLATE) })
  project.provide('crashPostgres', postgres.server)
  return () => postgres.stop({ databases: [CRASH_TEMPLATE] })
}
