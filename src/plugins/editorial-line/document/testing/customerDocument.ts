import { readFileSync } from 'node:fs'

/**
 * The customer's document as QALIA wrote it (`shared/seeds/customer-journeys-qalia.md`, version 1.0.0,
 * S1 2026), copied into the repository so that the fidelity tests run on any clean clone.
 */
export const customerDocument = readFileSync(new URL('./customer-journeys-qalia.md', import.meta.url), 'utf8')
