import type { PhaseKey } from '../constants.js'

import { PHASE_KEYS } from '../constants.js'

export type CoveragePhase = {
  id: number | string
  target: number | string
  key: PhaseKey
  name: string
  months: { from: number; to?: null | number }
}

export type CoverageCell = {
  key: PhaseKey
  /** `null` where the target has no phase of this key. */
  phase: null | { id: number | string; name: string }
  posts: number
  /** The campaign month lies within the phase's months. */
  inSeason: boolean
  /** In season, and no committed post: the journey has a hole this month. */
  gap: boolean
}

export type CoverageRow = { target: { id: number | string; name: string }; cells: CoverageCell[] }

/**
 * The journey coverage of a month: per target, one cell per journey phase with its committed posts,
 * whether the phase is in season for the campaign month, and the in-season phases left empty.
 */
export const coverageGrid = ({
  targets,
  phases,
  posts,
  campaignMonth,
}: {
  targets: { id: number | string; name: string }[]
  phases: CoveragePhase[]
  /** Committed posts of the month per phase id. */
  posts: Record<string, number>
  campaignMonth: number
}): CoverageRow[] =>
  targets.map((target) => ({
    target,
    cells: PHASE_KEYS.map((key): CoverageCell => {
      const phase = phases.find(
        (candidate) => String(candidate.target) === String(target.id) && candidate.key === key,
      )
      if (!phase) return { key, phase: null, posts: 0, inSeason: false, gap: false }
      const count = posts[String(phase.id)] ?? 0
      const { from, to } = phase.months
      const inSeason = campaignMonth >= from && (to == null || campaignMonth <= to)
      return {
        key,
        phase: { id: phase.id, name: phase.name },
        posts: count,
        inSeason,
        gap: inSeason && count === 0,
      }
    }),
  }))
