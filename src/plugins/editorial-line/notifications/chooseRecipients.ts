import type { Role } from '../constants.js'

import { REVIEWER_ROLES } from '../constants.js'
import {
  NOTIFICATION_LANGUAGES,
  type NotificationKind,
  type NotificationLanguage,
} from './notificationKinds.js'

export type Person = {
  id: number | string
  email?: null | string
  roles: readonly Role[]
  /** The person's choices (`notifications` on users): a kind set to `false` is off. */
  notifications?: null | (Partial<Record<NotificationKind, boolean | null>> & { language?: null | string })
}

export type Recipient = { id: number | string; email: string; language: NotificationLanguage }

const same = (a: unknown, b: unknown) => a !== null && a !== undefined && String(a) === String(b)

/**
 * Who is told of an event: for a post sent to review or its approve-by reminder, its named reviewer,
 * else every approver and admin but the author; for an overdue publication, the admins; otherwise
 * (changes requested, approved, slot passed in review), the author. Each once, with an
 * address, and only if they have not turned that kind off.
 */
export const chooseRecipients = ({
  kind,
  people,
  author,
  reviewer,
  defaultLanguage,
}: {
  kind: NotificationKind
  /** Everyone who might be told (the users, with their roles). */
  people: readonly Person[]
  author: null | number | string
  reviewer: null | number | string
  defaultLanguage: NotificationLanguage
}): Recipient[] => {
  const reviewers = kind === 'review' || kind === 'reminder'
  const chosen =
    kind === 'overdue'
      ? people.filter((person) => person.roles.includes('admin'))
      : reviewers
        ? reviewer !== null
          ? people.filter((person) => same(person.id, reviewer))
          : people.filter(
              (person) =>
                !same(person.id, author) &&
                person.roles.some((role) => REVIEWER_ROLES.includes(role as never)),
            )
        : people.filter((person) => same(person.id, author))
  const seen = new Set<string>()
  return chosen.flatMap((person) => {
    const email = person.email?.trim()
    if (!email || person.notifications?.[kind] === false || seen.has(String(person.id))) return []
    seen.add(String(person.id))
    const wanted = person.notifications?.language
    const language = (NOTIFICATION_LANGUAGES as readonly unknown[]).includes(wanted)
      ? (wanted as NotificationLanguage)
      : defaultLanguage
    return [{ id: person.id, email, language }]
  })
}
