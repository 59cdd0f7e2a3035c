import type { CollectionBeforeChangeHook } from 'payload'

import { metricsChanged } from './metricsChanged.js'

/**
 * `metrics.measuredAt` says when the server took the numbers: now when a count changes, as before
 * otherwise, whatever the caller sent.
 */
export const stampMeasuredAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const sent = data.metrics as Record<string, unknown> | null | undefined
  if (!sent || typeof sent !== 'object') return data
  const before = originalDoc?.metrics as Record<string, unknown> | null | undefined
  const measuredAt = metricsChanged({ before, sent })
    ? new Date().toISOString()
    : ((before?.measuredAt as null | string | undefined) ?? null)
  return { ...data, metrics: { ...sent, measuredAt } }
}
