import type { MixGroup } from '../constants.js'

export type Verdict = 'blocked' | 'no_plan' | 'on_plan' | 'over' | 'under'

export type GroupCounts = { committed: number; pipeline: number; published: number }

export type GroupMix = {
  group: MixGroup
  /** Planned share in percent; null when the plan has no row for the month. */
  planned: null | number
  committed: number
  /** Share of the month's committed posts, in percent, rounded to one decimal. */
  committedShare: number
  pipeline: number
  published: number
  /** committedShare − planned, in points; null without a plan row. */
  gap: null | number
  verdict: Verdict
}

const round = (value: number) => Math.round(value * 10) / 10

/**
 * Where each group stands against the plan in one month: a group planned at 0 % that has posts is
 * blocked; otherwise within ± tolerance of its share is on plan, below is under, above is over.
 * Shares are of committed (approved + published) posts.
 */
export const mixVerdicts = ({
  groups,
  counts,
  plan,
  tolerance,
}: {
  groups: readonly MixGroup[]
  counts: Record<MixGroup, GroupCounts>
  plan: null | Partial<Record<MixGroup, null | number>>
  tolerance: number
}): GroupMix[] => {
  const totalCommitted = groups.reduce((sum, group) => sum + counts[group].committed, 0)
  return groups.map((group) => {
    const { committed, pipeline, published } = counts[group]
    const committedShare = totalCommitted === 0 ? 0 : round((committed / totalCommitted) * 100)
    if (!plan)
      return {
        group,
        planned: null,
        committed,
        committedShare,
        pipeline,
        published,
        gap: null,
        verdict: 'no_plan',
      }
    const planned = plan[group] ?? 0
    const gap = round(committedShare - planned)
    const verdict: Verdict =
      planned === 0 && committed + pipeline > 0
        ? 'blocked'
        : gap > tolerance
          ? 'over'
          : gap < -tolerance
            ? 'under'
            : 'on_plan'
    return { group, planned, committed, committedShare, pipeline, published, gap, verdict }
  })
}
