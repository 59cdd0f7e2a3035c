import type { Id } from './types.js'

/** Ids compare equal whether they arrive as numbers or strings. */
export const sameId = (a?: Id | null, b?: Id | null) => a != null && b != null && String(a) === String(b)
