import { isTimezone } from '../validators/timezone.js'

/**
 * The zone the editorial line runs in: the plan's, when this runtime can use it, else the plugin's
 * `timezone` option (a plan not filled in yet, or a zone a runtime's ICU data lacks). Every plan reader
 * decides it here, so that the rules, the admin and the feeds never disagree on a post's day.
 */
export const usableTimezone = ({ timezone, fallback }: { timezone: unknown; fallback: string }): string =>
  isTimezone(timezone) ? timezone : fallback
