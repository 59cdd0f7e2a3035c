import type { MixGroup, Weekday } from '../constants.js'
import type { Timing } from '../rules/types.js'

import { type Interval, windowOnDay } from './windowOnDay.js'

export type GroupWindow = { group: MixGroup; intervals: Interval[] }

/** Overlapping or touching intervals joined, in order. */
const union = (intervals: Interval[]): Interval[] =>
  [...intervals]
    .sort((a, b) => a.start - b.start)
    .reduce<Interval[]>((joined, interval) => {
      const previous = joined.at(-1)
      if (previous && interval.start <= previous.end) previous.end = Math.max(previous.end, interval.end)
      else joined.push({ ...interval })
      return joined
    }, [])

/**
 * For each group, in the order given, the parts of a weekday when at least one of its targets may
 * publish (each target's own timing; phases may narrow it). Groups without a window that day are
 * left out.
 */
export const groupWindows = ({
  groups,
  targets,
  weekday,
}: {
  groups: readonly MixGroup[]
  targets: { mixGroup: MixGroup; timing?: null | Timing }[]
  weekday: Weekday
}): GroupWindow[] =>
  groups
    .map((group) => ({
      group,
      intervals: union(
        targets
          .filter((target) => target.mixGroup === group)
          .map((target) => windowOnDay({ timing: target.timing, weekday }))
          .filter((interval) => interval !== null),
      ),
    }))
    .filter(({ intervals }) => intervals.length > 0)
