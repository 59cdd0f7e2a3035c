import type { Access, Payload } from 'payload'

import { and } from './combine'
import { isStaff } from './isStaff'

/**
 * Payload's edit locks (`payload-locked-documents`) are open to any logged-in user, so a publisher
 * could learn which hidden post is being edited, and by whom. Payload builds that collection after
 * the plugins run and has no option for its access: it is narrowed here, once Payload is up.
 */
export const restrictEditLocks = ({ payload }: { payload: Payload }) => {
  const locks = payload.collections['payload-locked-documents']?.config
  if (!locks) return
  const access = locks.access as Record<'create' | 'delete' | 'read' | 'update', Access>
  for (const operation of ['create', 'read', 'update', 'delete'] as const) {
    access[operation] = and(isStaff, access[operation])
  }
}
