import type { Format, MessageStatus, PhaseKey, Weekday } from '../constants.js'
import type { FormatRequirement } from '../rules/types.js'
import type {
  ChannelSeed,
  CopyRuleSeed,
  EditorialLineData,
  MixSeed,
  PhaseSeed,
  TargetSeed,
} from '../seed/editorialLineData.js'

/**
 * An editorial line as a document states it. A field left `undefined` is one the document does not
 * state: the import leaves it as it is (or, for something new, takes the seed's reading of it). `null`
 * (an exported document's "—") states that the field is empty.
 */
export type DocumentMessage = { text: string; status: MessageStatus; line: number }

export type DocumentTiming = {
  days?: Weekday[]
  start?: null | string
  end?: null | string
  maxPostsPerMonth?: null | number
  note?: null | string
}

export type DocumentPhase = {
  key: PhaseKey
  line: number
  order?: number
  name?: string
  months?: { from: number; to?: null | number }
  clientState?: null | string
  emotion?: null | string
  questions?: string[]
  priorityContent?: null | string
  formats?: Format[]
  timing?: DocumentTiming
  objective?: null | string
  tone?: null | string
  copyRules?: CopyRuleSeed[]
  /** Channel slugs; `undefined`: the document names none (the customer's), `[]`: the target's. */
  channels?: string[]
  /** `undefined`: the document names the phase but not its key messages ("même schéma que les OF"). */
  messages?: DocumentMessage[]
}

export type DocumentTarget = {
  slug: string
  /** The name the heading gives: the name of a target the import creates. */
  headingName: string
  line: number
  /** Stated only by an exported document: a hand-written one never renames a target. */
  name?: string
  mixGroup?: string
  context?: null | string
  timing?: { days?: Weekday[]; start?: null | string; end?: null | string }
  gate?: {
    fromMonth?: null | number
    prerequisite?: null | string
    prerequisiteMet?: boolean
    activeClientsAbove?: null | number
  }
  tone?: null | string
  approach?: { dos?: string[]; donts?: string[] }
  copyRules?: CopyRuleSeed[]
  /** Channel slugs; `undefined`: the document names none, `[]`: every active channel. */
  channels?: string[]
  phases: DocumentPhase[]
}

/** A row of an exported document's channel table. */
export type DocumentChannel = {
  slug: string
  name: string
  line: number
  active: boolean
  formats: Format[]
  maxLength: null | number
  timing: { days: Weekday[]; start: null | string; end: null | string }
  maxPostsPerMonth: null | number
  /** `undefined`: the table has no "Exigences" column (an export before issue #27). */
  formatRequirements?: FormatRequirement[]
}

export type DocumentPlan = {
  startMonth?: string
  timezone?: string
  activeClients?: number
  mixTolerance?: number
  /** Never stated by a document (see `diffLine`). */
  copyRules?: undefined
}

export type DocumentLine = {
  /** The YAML header as written (`version`, `updated`, …). */
  header: Record<string, unknown>
  /** An exported document (`verbatim: true`) is read as written, without the readings. */
  verbatim: boolean
  targets: DocumentTarget[]
  /** `undefined`: the document has no monthly mix table. */
  mix?: (MixSeed & { line: number })[]
  /** `undefined`: the document has no channel table (the customer's names no channel). */
  channels?: DocumentChannel[]
  plan: DocumentPlan
}

export const DOCUMENT_PROBLEM_CODES = [
  'badHeader',
  'badHours',
  'badCopyRule',
  'badRequirement',
  'badMonths',
  'badNumber',
  'badPercent',
  'duplicateMonth',
  'duplicatePhase',
  'duplicateTarget',
  'messageOutsidePhase',
  'mixNotHundred',
  'monthRangeBackwards',
  'noTarget',
  'unknownChannel',
  'unknownFormat',
  'unknownGroup',
  'unknownMonth',
  'unknownPhase',
  'unknownTarget',
  'unknownWeekday',
] as const

/** What makes a document unreadable, where (1-based line and column), and the text at fault. */
export type DocumentProblem = {
  code: (typeof DOCUMENT_PROBLEM_CODES)[number]
  line: number
  column: number
  /** The text at fault, or what a mix row added up to. */
  value?: string
}

/** A key message as the line stores it: `key` is its seed key, when it has one. */
export type StoredMessage = { id?: number | string; key?: null | string; text: string; status: MessageStatus }

export type StoredPhase = Omit<PhaseSeed, 'messages'> & { id?: number | string; messages: StoredMessage[] }

export type StoredTarget = Omit<TargetSeed, 'phases'> & { id?: number | string; phases: StoredPhase[] }

export type StoredChannel = ChannelSeed & { id?: number | string }

/**
 * The editorial line as the database holds it (`loadEditorialLine`), in the seed's shape; targets'
 * and phases' `channels` are slugs. `channels` left out: a line the document shows without them.
 */
export type StoredLine = {
  channels?: StoredChannel[]
  targets: StoredTarget[]
  mix: MixSeed[]
  plan: Partial<EditorialLineData['plan']>
}
