import type { FormatRequirement } from '../rules/types.js'
import type { ChannelSeed, CopyRuleSeed, PhaseSeed, TargetSeed, TimingSeed } from './editorialLineData.js'

/** The records a target, a phase and their timing are stored as: what the seed and the document import write. */
export const timingData = (timing: TimingSeed = {}) => ({
  days: timing.days ?? [],
  start: timing.start,
  end: timing.end,
  maxPostsPerMonth: timing.maxPostsPerMonth,
  note: timing.note,
})

/** Copy rules as stored: the terms one a line. */
export const copyRulesData = (rules: CopyRuleSeed[] = []) =>
  rules.map((rule) => ({
    kind: rule.kind,
    terms: rule.terms.join('\n'),
    level: rule.level,
    reason: rule.reason,
  }))

/** Stored copy rules in the seed's shape (the terms a list), as the document compares and writes them. */
/**
 * A channel's stored format requirements as the seed and the document write them: the row's id and
 * empty limits left out, its keys in one order (the document's import compares them as written).
 */
export const formatRequirementsSeed = (rows: unknown): FormatRequirement[] =>
  ((rows ?? []) as (FormatRequirement & { id?: unknown })[]).map((row) => ({
    format: row.format,
    kinds: [...(row.kinds ?? [])],
    min: row.min,
    max: row.max,
    ...(row.maxPages != null ? { maxPages: row.maxPages } : {}),
    ...(row.minSeconds != null ? { minSeconds: row.minSeconds } : {}),
    ...(row.maxSeconds != null ? { maxSeconds: row.maxSeconds } : {}),
  }))

export const copyRulesSeed = (rows: unknown): CopyRuleSeed[] =>
  (
    (rows ?? []) as {
      kind: CopyRuleSeed['kind']
      terms?: null | string
      level: CopyRuleSeed['level']
      reason?: null | string
    }[]
  ).map((row) => ({
    kind: row.kind,
    terms: (row.terms ?? '')
      .split('\n')
      .map((term) => term.trim())
      .filter(Boolean),
    level: row.level,
    ...(row.reason ? { reason: row.reason } : {}),
  }))

export const channelData = (channel: ChannelSeed) => ({
  slug: channel.slug,
  name: channel.name,
  active: channel.active ?? true,
  maxLength: channel.maxLength,
  formats: channel.formats ?? [],
  timing: { days: channel.timing?.days ?? [], start: channel.timing?.start, end: channel.timing?.end },
  maxPostsPerMonth: channel.maxPostsPerMonth,
  formatRequirements: channel.formatRequirements ?? [],
})

/** Channel slugs as ids; a slug the line does not have is left out. */
const channelIds = (slugs: string[] | undefined, channels: Record<string, number | string>) =>
  (slugs ?? []).flatMap((slug) => (channels[slug] === undefined ? [] : [channels[slug]]))

export const targetData = (target: TargetSeed, channels: Record<string, number | string> = {}) => ({
  slug: target.slug,
  name: target.name,
  mixGroup: target.mixGroup,
  context: target.context,
  timing: timingData(target.timing),
  gate: target.gate ?? {},
  tone: target.tone,
  approach: {
    dos: (target.approach?.dos ?? []).map((text) => ({ text })),
    donts: (target.approach?.donts ?? []).map((text) => ({ text })),
  },
  channels: channelIds(target.channels, channels),
  copyRules: copyRulesData(target.copyRules),
})

export const phaseData = <Id extends number | string>(
  phase: PhaseSeed,
  target: Id,
  channels: Record<string, number | string> = {},
) => ({
  target,
  key: phase.key,
  name: phase.name,
  order: phase.order,
  months: phase.months,
  clientState: phase.clientState,
  emotion: phase.emotion,
  questions: (phase.questions ?? []).map((question) => ({ question })),
  priorityContent: phase.priorityContent,
  formats: phase.formats ?? [],
  timing: timingData(phase.timing),
  objective: phase.objective,
  tone: phase.tone,
  adaptation: phase.adaptation,
  channels: channelIds(phase.channels, channels),
  copyRules: copyRulesData(phase.copyRules),
})
