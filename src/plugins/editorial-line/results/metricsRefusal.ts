import type { PostStatus, Role } from '../constants.js'

/** Why a write of a post's metrics is refused, or `null` when it may go through. */
export type MetricsRefusal = 'notPublished' | 'role'

/**
 * Who records what a post achieved: a publisher calling with its API key (the bot that published
 * it and reads the network's statistics) or an admin; server code (`trusted`) too. Only once the
 * post went out: a post not yet published has nothing to measure.
 */
export const metricsRefusal = ({
  roles,
  apiKey,
  trusted,
  status,
}: {
  roles: readonly Role[]
  /** The caller authenticated with an API key. */
  apiKey: boolean
  trusted: boolean
  /** The post's status as stored, `null` for a post being created. */
  status: null | PostStatus
}): MetricsRefusal | null => {
  const allowed = trusted || roles.includes('admin') || (roles.includes('publisher') && apiKey)
  if (!allowed) return 'role'
  if (status !== 'published') return 'notPublished'
  return null
}
