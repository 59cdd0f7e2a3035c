import type { CollectionConfig, GlobalConfig } from 'payload'

import { mergeHooks } from '../options/applyOverride.js'
import { keepTimestampsServerWritten } from './keepTimestampsServerWritten.js'
import { rejectCrashingInput } from './rejectCrashingInput.js'
import { rejectMalformedGlobalQuery } from './rejectMalformedGlobalQuery.js'
import { rejectMalformedGlobalInput, rejectMalformedInput } from './rejectMalformedInput.js'
import { rejectMalformedQuery } from './rejectMalformedQuery.js'

/**
 * Puts the input and query guards in front of a collection's own hooks, so that input stock Payload
 * would answer with a 500 gets a 400 naming the field before anything else runs. `index.ts` applies
 * it once to every collection the plugin adds or touches (the host's users too).
 */
export const guardCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: mergeHooks(
    {
      beforeOperation: [rejectMalformedQuery, rejectCrashingInput, keepTimestampsServerWritten],
      beforeValidate: [rejectMalformedInput],
    },
    collection.hooks,
  ),
})

/** The same for a global: its input and its `depth` (globals take no `where`). */
export const guardGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: mergeHooks(
    { beforeOperation: [rejectMalformedGlobalQuery], beforeValidate: [rejectMalformedGlobalInput] },
    global.hooks,
  ),
})
