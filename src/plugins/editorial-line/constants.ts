/** Translation namespace of the plugin: every key is read as `editorialLine:<key>`. */
export const NAMESPACE = 'editorialLine'

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** The customer journey, in order: awareness → advocacy. */
export const PHASE_KEYS = ['awareness', 'consideration', 'decision', 'retention', 'advocacy'] as const
export type PhaseKey = (typeof PHASE_KEYS)[number]

/** A format's value: the host declares the formats (`editorialLine({ formats })`). */
export type Format = string

export const POST_STATUSES = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const
export type PostStatus = (typeof POST_STATUSES)[number]

export const MESSAGE_STATUSES = ['active', 'to_define'] as const
export type MessageStatus = (typeof MESSAGE_STATUSES)[number]

export const ROLES = ['admin', 'approver', 'editor', 'publisher'] as const
export type Role = (typeof ROLES)[number]

/** A target group's value: the host declares the groups (`editorialLine({ groups })`). */
export type MixGroup = string

/** Roles that review posts: approve them or send them back (never their own). */
export const REVIEWER_ROLES = ['approver', 'admin'] as const satisfies readonly Role[]

/** Roles that work in the admin; anyone else (anonymous callers, publishers) is a consumer. */
export const STAFF_ROLES = ['editor', 'approver', 'admin'] as const satisfies readonly Role[]

/** Roles that read the whole editorial line: the team, and publishers, who publish from it. */
export const LINE_READER_ROLES = [...STAFF_ROLES, 'publisher'] as const satisfies readonly Role[]

/**
 * What anyone else (anonymous callers above all) reads of a target, phase or key message an approved
 * post names, unless the host opens the line (`publicEditorialLine`). Phases have no slug: their name.
 */
export const PUBLIC_LINE_FIELDS = {
  targets: ['name', 'slug'],
  phases: ['name'],
  messages: ['text'],
  channels: ['name', 'slug'],
} as const

/** Statuses of a post that API consumers may see: it went through review. */
export const PUBLIC_POST_STATUSES = ['approved', 'published'] as const satisfies readonly PostStatus[]

/** Fields of a post only the editorial team reads; consumers may not query or sort on them either. */
export const STAFF_ONLY_POST_FIELDS = [
  'author',
  'reviewLog',
  'warnings',
  'checklist',
  'timingOverride',
  'metrics',
  // Notifications (#29): who is asked to review.
  'reviewer',
  'copyOverride',
] as const
