import { buildForE2e } from './server'

/** Vitest global setup: one production build for every e2e file. */
export default function setup() {
  buildForE2e()
}
