import type { EditorialLineOptions } from '../../options/resolveOptions.js'

import { qaliaEditorialLine } from './qaliaEditorialLine.js'
import { qaliaFormats } from './qaliaFormats.js'
import { qaliaGroups } from './qaliaGroups.js'

/**
 * QALIA's editorial line as plugin options: its target groups, its formats, and its line (what the document
 * importer falls back on, and what `seedEditorialLine({ line: qalia.line })` loads).
 * `editorialLine({ ...qalia, timezone: 'Europe/Paris' })`.
 */
export const qalia = {
  groups: qaliaGroups,
  formats: qaliaFormats,
  line: qaliaEditorialLine,
} satisfies EditorialLineOptions
