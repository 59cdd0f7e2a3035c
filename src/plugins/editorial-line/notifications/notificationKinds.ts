/** What a person can be told about, each of which they can turn off in their account. */
export const NOTIFICATION_KINDS = [
  'review',
  'changesRequested',
  'approved',
  'reminder',
  'slotPassed',
  'overdue',
  'digest',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** The kinds told of one post (the weekly digest is about many). */
export type PostNotificationKind = Exclude<NotificationKind, 'digest'>

/** The languages messages are written in. */
export const NOTIFICATION_LANGUAGES = ['fr', 'en'] as const
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number]

/** The jobs-queue task that sends one message. */
export const SEND_EMAIL_TASK = 'editorialLineSendEmail'

/** The jobs-queue task that looks for reminders, slots passed in review and overdue publications. */
export const DEADLINES_TASK = 'editorialLineDeadlines'

/** The hidden collection that records each deadline message once (see deadlineNoticesCollection). */
export const NOTICES_SLUG = 'editorial-line-notices'
