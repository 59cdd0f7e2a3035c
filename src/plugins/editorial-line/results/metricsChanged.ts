import { METRIC_NAMES } from './metricNames.js'

const count = (value: unknown) => (value === undefined || value === null || value === '' ? null : value)

/**
 * Whether a save's `metrics` change any stored count. A form sends the group back as it read it:
 * that is no write. `measuredAt` is the server's and does not count.
 */
export const metricsChanged = ({ before, sent }: { before: unknown; sent: unknown }): boolean => {
  if (sent === undefined || sent === null) return false
  if (typeof sent !== 'object' || sent === null || Array.isArray(sent)) return true
  const stored = (typeof before === 'object' && before !== null ? before : {}) as Record<string, unknown>
  const given = sent as Record<string, unknown>
  return METRIC_NAMES.some(
    (name) => name in given && String(count(given[name])) !== String(count(stored[name])),
  )
}
