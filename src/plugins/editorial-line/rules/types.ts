import type { Format, MessageStatus, MixGroup, PhaseKey, PostStatus, Weekday } from '../constants.js'
import type { MediaKind } from '../media/mediaKinds.js'
import type { CopyKind } from './matchCopy.js'

/** How a rule's findings are treated: refused, stored as a warning, or not checked. */
export type Level = 'block' | 'off' | 'warn'

export type RuleName =
  | 'completeness'
  | 'phaseBelongsToTarget'
  | 'messageBelongsToPhase'
  | 'formatOptimal'
  | 'publishInFuture'
  | 'timingWindow'
  | 'phaseMonths'
  | 'targetGate'
  | 'frequencyCap'
  | 'mixZero'
  | 'mixTolerance'
  | 'channelAllowed'
  | 'formatOnChannel'
  | 'channelLength'
  // Copy rules (issue #28)
  | 'copy'
  // Media (issue #27)
  | 'formatComplete'

export type Id = number | string

export type Timing = { days?: null | Weekday[]; start?: null | string; end?: null | string }

/** A row of a target's, phase's or the plan's `copyRules` (issue #28). */
export type CopyRuleFacts = {
  kind: CopyKind
  /** One term or phrase a line (see `copyTerms`). */
  terms?: null | string
  level: 'block' | 'warn'
  reason?: null | string
}

export type TargetFacts = {
  id: Id
  name: string
  mixGroup: MixGroup
  copyRules?: CopyRuleFacts[] | null
  timing?: null | Timing
  gate?: null | {
    fromMonth?: null | number
    prerequisite?: null | string
    prerequisiteMet?: boolean | null
    activeClientsAbove?: null | number
  }
  /** The channels the target is reached on; empty: every active channel. */
  channels?: Id[] | null
}

export type PhaseFacts = {
  id: Id
  name: string
  target: Id
  key: PhaseKey
  months: { from: number; to?: null | number }
  formats?: Format[] | null
  copyRules?: CopyRuleFacts[] | null
  timing?: ({ maxPostsPerMonth?: null | number } & Timing) | null
  /** The channels the phase uses; empty: its target's. */
  channels?: Id[] | null
}

/** What a media file is, as the server reads it from its content (never from its name). */
export type { MediaKind }

/**
 * What a channel requires of a post's media for one format. Several rows for one format are
 * alternatives; the post's media must all be of the row's kinds, count within min..max, and each
 * file keep within the row's limits.
 */
export type FormatRequirement = {
  format: Format
  kinds: MediaKind[]
  min: number
  max: number
  /** A document's pages at most. */
  maxPages?: null | number
  /** A video's duration (seconds) at least and at most. */
  minSeconds?: null | number
  maxSeconds?: null | number
}

/** One of a post's media files, as the rules read it. */
export type MediaFacts = {
  id: Id
  kind?: MediaKind | null
  alt?: null | string
  /** A PDF's page count. */
  pages?: null | number
  /** A video's duration in seconds. */
  duration?: null | number
  mimeType?: null | string
  filename?: null | string
}

/** Where a post goes out: what it takes (formats, length) and, when it has one, its own slot and cap. */
export type ChannelFacts = {
  id: Id
  name: string
  slug: string
  active?: boolean | null
  /** Characters of the post's text; empty: no limit. */
  maxLength?: null | number
  /** The formats it takes; empty: every format. */
  formats?: Format[] | null
  /** Its own slot, replacing the target's or phase's window for its posts. */
  timing?: null | Timing
  maxPostsPerMonth?: null | number
  /** What a post of each format must carry (media); a format with no row requires nothing. */
  formatRequirements?: FormatRequirement[] | null
}

export type MessageFacts = { id: Id; phase: Id; status: MessageStatus; text: string }

/** A plan row: `{ month: '2026-03', of: 80, coachs: 15, … }`. */
export type MixPlanRow = { month: string } & { [group: string]: null | number | string | undefined }

export type PlanFacts = {
  startMonth: string
  timezone: string
  activeClients: number
  mixTolerance: number
  /** One row per month: `month`, then each group's percentage under the group's value. */
  mix: MixPlanRow[]
  /** Copy rules every post follows. */
  copyRules?: CopyRuleFacts[]
}

export type PostFacts = {
  target?: Id | null
  phase?: Id | null
  message?: Id | null
  format?: Format | null
  publishAt?: null | string
  status?: PostStatus | null
  channel?: Id | null
  title?: null | string
  /** The body as the plain text the channel shows (`bodyPlaintext`); absent: not known, its length is not checked. */
  bodyText?: null | string
  /** The post's media files in their order; absent: not known, the format's requirement is not checked. */
  media?: MediaFacts[] | null
}

/** Posts of the post's month other than the post itself, counted by the caller in the database. */
export type MonthCounts = {
  /** Posts of the same phase that are in review, approved or published. */
  phaseInMonth: number
  /** Approved and published posts, all targets. */
  committedInMonth: number
  /** Approved and published posts of the post's target group. */
  groupCommittedInMonth: number
  /** Posts on the same channel that are in review, approved or published (0 unless it has a cap). */
  channelInMonth?: number
}

export type RuleContext = {
  post: PostFacts
  /** The documents the post points to, when they exist. */
  target?: null | TargetFacts
  phase?: null | PhaseFacts
  message?: MessageFacts | null
  /** The post's channel, when it exists. */
  channel?: ChannelFacts | null
  /** Every channel, active or not, in their order (the line's channels are few). */
  channels?: ChannelFacts[]
  plan: PlanFacts
  counts: MonthCounts
  now: Date
  /** True when the post is being submitted or rescheduled: its date must then lie ahead. */
  submitting: boolean
}

/** Values a message is filled with; `day`, `days`, `format`, `formats` and `group` are translated. */
export type MessageVars = {
  day?: Weekday
  days?: Weekday[]
  format?: Format
  formats?: Format[]
  group?: MixGroup
  /** A copy rule's kind: names the reason when the row gives none. */
  kind?: CopyKind
  /** The alternatives a format's media must meet (formatComplete), described in words. */
  requirements?: FormatRequirement[]
  /** How many files of each kind the post has. */
  counts?: Record<MediaKind, number>
} & Record<string, FormatRequirement[] | Format[] | number | Record<MediaKind, number> | string | undefined | Weekday[]>

export type RuleMessageKey =
  | 'missingTarget'
  | 'missingPhase'
  | 'missingMessage'
  | 'missingFormat'
  | 'missingPublishAt'
  | 'phaseNotOfTarget'
  | 'messageNotOfPhase'
  | 'messageStillToDefine'
  | 'formatNotOptimal'
  | 'publishAtInPast'
  | 'timingDaysAndHours'
  | 'timingDays'
  | 'timingHours'
  | 'outsidePhaseMonths'
  | 'outsidePhaseMonthsOpen'
  | 'gateMonth'
  | 'gatePrerequisite'
  | 'gateActiveClients'
  | 'frequencyCap'
  | 'mixZero'
  | 'mixOverTolerance'
  | 'channelNotAllowed'
  | 'channelNoneAllowed'
  | 'channelInactive'
  | 'formatNotOnChannel'
  | 'channelTooLong'
  | 'channelFrequencyCap'
  | 'copyFound'
  | 'copyMissing'
  | 'copyMisspelled'
  | 'formatMediaMismatch'
  | 'mediaTooManyPages'
  | 'mediaTooShort'
  | 'mediaTooLong'
  | 'mediaAltMissing'

/** What a rule found wrong: the field to fix and what to say about it. */
export type Problem = {
  path: string
  message: { key: RuleMessageKey; vars?: MessageVars }
  /** A rule whose rows carry their own level (copy rules): this problem's, never above the rule's. */
  level?: Exclude<Level, 'off'>
}

export type Finding = { rule: RuleName; level: Exclude<Level, 'off'> } & Problem

export type Rule = (context: RuleContext) => Problem[]
