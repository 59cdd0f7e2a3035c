import type { Config } from 'payload'

import { guaranteeWrites } from './guaranteeWrites.js'
import { scopeWritesInHooks } from './writesInHooks.js'

/**
 * The plugin's last step on the host's config: its database adapter made to write atomically and in
 * order (see `guaranteeWrites`), and the hooks of every collection and global present then, the host's
 * included, scoped so that a write a hook starts without its `req` fails at once (see
 * `writesInHooks`). Collections that plugins listed after this one add are not scoped: list
 * `editorialLine` last among the plugins.
 */
export const withWriteGuarantees = (config: Config): Config => ({
  ...scopeWritesInHooks(config),
  // A config without an adapter yet (a plugin applied before the host sets `db`, as tests do) cannot
  // start: Payload itself refuses it, so there is nothing to wrap.
  ...(config.db ? { db: guaranteeWrites({ adapter: config.db }) } : {}),
})
