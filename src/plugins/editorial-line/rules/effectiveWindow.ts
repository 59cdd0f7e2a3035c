import type { Weekday } from '../constants.js'
import type { Timing } from './types.js'

export type Window = {
  /** Empty: any day. */
  days: Weekday[]
  /** Both set, or both undefined (any hour). */
  start?: string
  end?: string
}

/**
 * The window a post must fit: the phase's days when it lists any, else the target's; the phase's
 * hours when it sets both, else the target's.
 */
export const effectiveWindow = ({
  target,
  phase,
}: {
  target?: null | Timing
  phase?: null | Timing
}): Window => {
  const days = phase?.days?.length ? phase.days : (target?.days ?? [])
  const hours = phase?.start && phase?.end ? phase : target?.start && target?.end ? target : undefined
  return hours ? { days, start: hours.start!, end: hours.end! } : { days }
}
