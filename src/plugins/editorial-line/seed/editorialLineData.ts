import type { Format, MessageStatus, MixGroup, PhaseKey, Weekday } from '../constants.js'
import type { FormatRequirement } from '../rules/types.js'

export type TimingSeed = {
  days?: Weekday[]
  start?: string
  end?: string
  maxPostsPerMonth?: number
  note?: string
}

export type MessageSeed = {
  /** Stable key of the message in this document, so a second seed recognises it. */
  key: string
  text: string
  status?: MessageStatus
}

/** A copy rule as data (issue #28): its terms one a string, stored one a line. */
export type CopyRuleSeed = {
  kind: 'forbid' | 'formal' | 'require' | 'spelling'
  terms: string[]
  level: 'block' | 'warn'
  reason?: string
}

export type PhaseSeed = {
  key: PhaseKey
  name: string
  order: number
  months: { from: number; to?: number }
  clientState?: string
  emotion?: string
  questions?: string[]
  priorityContent?: string
  formats?: Format[]
  timing?: TimingSeed
  objective?: string
  tone?: string
  /** How to adapt a message this phase takes from another target's. */
  adaptation?: string
  /** The channels (slugs) the phase goes out on; none: its target's. */
  channels?: string[]
  copyRules?: CopyRuleSeed[]
  messages: MessageSeed[]
}

export type TargetSeed = {
  slug: string
  name: string
  mixGroup: MixGroup
  context?: string
  timing: TimingSeed
  gate?: { fromMonth?: number; prerequisite?: string; prerequisiteMet?: boolean; activeClientsAbove?: number }
  tone?: string
  approach?: { dos: string[]; donts: string[] }
  /** The channels (slugs) the target is reached on; none: every active channel. */
  channels?: string[]
  copyRules?: CopyRuleSeed[]
  phases: PhaseSeed[]
}

/** A channel of the line: where a post goes out, what it takes, and its own slot if it has one. */
export type ChannelSeed = {
  slug: string
  name: string
  active?: boolean
  /** Characters of a post's text; none: no limit. */
  maxLength?: number
  /** The formats it takes; none: every format. */
  formats?: Format[]
  timing?: Pick<TimingSeed, 'days' | 'end' | 'start'>
  maxPostsPerMonth?: number
  /** What a post of each format must carry (media); none: nothing required. */
  formatRequirements?: FormatRequirement[]
}

/** A plan row: the month, then each group's percentage under the group's value. */
export type MixSeed = { month: string } & { [group: string]: number | string }

/** An editorial line as data: what `seedEditorialLine` loads (`qaliaEditorialLine` is one). */
export type EditorialLineData = {
  /** The line's channels, in their order (the first is the default where a phase names none). */
  channels?: ChannelSeed[]
  targets: TargetSeed[]
  /** The plan's monthly mix, one row per month. */
  mix: MixSeed[]
  plan: {
    startMonth: string
    timezone: string
    activeClients: number
    mixTolerance: number
    /** Copy rules every post follows. */
    copyRules?: CopyRuleSeed[]
  }
}
