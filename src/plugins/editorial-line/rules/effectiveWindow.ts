import type { Weekday } from '../constants.js'
import type { Timing } from './types.js'

export type Window = {
  /** Empty: any day. */
  days: Weekday[]
  /** Both set, or both undefined (any hour). */
  start?: string
  end?: string
}

/** A channel has its own slot when its timing names days or hours. */
export const hasOwnSlot = (timing?: null | Timing): timing is Timing =>
  Boolean(timing?.days?.length || (timing?.start && timing?.end))

/**
 * The window a post must fit: its channel's own slot when the channel has one (a newsletter's sending
 * time replaces the target's and phase's window); else the phase's days when it lists any, else the
 * target's; the phase's hours when it sets both, else the target's.
 */
export const effectiveWindow = ({
  target,
  phase,
  channel,
}: {
  target?: null | Timing
  phase?: null | Timing
  channel?: null | Timing
}): Window => {
  if (hasOwnSlot(channel)) {
    const days = channel.days ?? []
    return channel.start && channel.end ? { days, start: channel.start, end: channel.end } : { days }
  }
  const days = phase?.days?.length ? phase.days : (target?.days ?? [])
  const hours = phase?.start && phase?.end ? phase : target?.start && target?.end ? target : undefined
  return hours ? { days, start: hours.start!, end: hours.end! } : { days }
}
