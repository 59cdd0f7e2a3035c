import type { GroupField } from 'payload'

import { label } from '../translations/index.js'
import {
  NOTIFICATION_LANGUAGES,
  type NotificationKind,
  type NotificationLanguage,
} from './notificationKinds.js'

const KIND_LABELS = {
  review: 'notifyReview',
  changesRequested: 'notifyChangesRequested',
  approved: 'notifyApproved',
  reminder: 'notifyReminder',
  slotPassed: 'notifySlotPassed',
  overdue: 'notifyOverdue',
  digest: 'notifyDigest',
} as const satisfies Record<NotificationKind, string>

/** Each person's choice of messages (one checkbox per kind, all on by default) and their language. */
export const notificationsField = ({
  defaultLanguage,
}: {
  defaultLanguage: NotificationLanguage
}): GroupField => ({
  name: 'notifications',
  type: 'group',
  label: label('notifications'),
  admin: { description: label('notificationsDescription') },
  fields: [
    ...Object.entries(KIND_LABELS).map(([name, key]) => ({
      name,
      type: 'checkbox' as const,
      label: label(key),
      defaultValue: true,
    })),
    {
      name: 'language',
      type: 'select',
      label: label('notifyLanguage'),
      defaultValue: defaultLanguage,
      options: NOTIFICATION_LANGUAGES.map((value) => ({
        label: value === 'fr' ? 'Français' : 'English',
        value,
      })),
    },
  ],
})
