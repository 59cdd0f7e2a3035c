import type { PostStatus } from '../constants.js'
import type { Person, Recipient } from './chooseRecipients.js'

import { REVIEWER_ROLES } from '../constants.js'
import { NOTIFICATION_LANGUAGES, type NotificationLanguage } from './notificationKinds.js'

export type DigestPost = {
  id: number | string
  title: string
  status: PostStatus
  publishAt: null | string
  author: null | number | string
  reviewer: null | number | string
}

export type WaitingReason = 'review' | 'changesRequested'
export type DigestPlan = { recipient: Recipient; waiting: { post: DigestPost; reason: WaitingReason }[] }

const same = (a: unknown, b: unknown) => a !== null && a !== undefined && String(a) === String(b)

/**
 * Who gets the weekly digest and what waits for each: every editor and approver with an address who
 * has not turned it off; waiting for them, the posts in review they may review (not theirs, named
 * to them or to no one) and their own posts sent back (changes requested).
 */
export const planDigests = ({
  people,
  pending,
  defaultLanguage,
}: {
  people: readonly Person[]
  /** Posts in review or sent back, whatever their week. */
  pending: readonly DigestPost[]
  defaultLanguage: NotificationLanguage
}): DigestPlan[] =>
  people.flatMap((person): DigestPlan[] => {
    const email = person.email?.trim()
    const team = person.roles.includes('editor') || person.roles.includes('approver')
    if (!email || !team || person.notifications?.digest === false) return []
    const reviews = person.roles.some((role) => REVIEWER_ROLES.includes(role as never))
    const waiting = pending.flatMap((post): DigestPlan['waiting'] => {
      if (
        reviews &&
        post.status === 'in_review' &&
        !same(post.author, person.id) &&
        (post.reviewer === null || same(post.reviewer, person.id))
      )
        return [{ post, reason: 'review' as const }]
      if (post.status === 'changes_requested' && same(post.author, person.id))
        return [{ post, reason: 'changesRequested' as const }]
      return []
    })
    const wanted = person.notifications?.language
    const language = (NOTIFICATION_LANGUAGES as readonly unknown[]).includes(wanted)
      ? (wanted as NotificationLanguage)
      : defaultLanguage
    return [{ recipient: { id: person.id, email, language }, waiting }]
  })
