// QALIA's preset (groups, formats and line), kept out of the engine: `payload-plugin-editorial-line/qalia`.
export { qalia } from '../presets/qalia/qalia.js'
export { qaliaEditorialLine } from '../presets/qalia/qaliaEditorialLine.js'
export { qaliaFormats } from '../presets/qalia/qaliaFormats.js'
export { qaliaGroups } from '../presets/qalia/qaliaGroups.js'
