import type { CheckboxField } from 'payload'

import { LINE_ADMIN_FIELD } from '../access/hasRole.js'

/** Who of the host's users administers the line, as the host says (`editorialLine({ isAdmin })`). */
export type IsAdmin = (args: { user: Record<string, unknown> }) => boolean

/**
 * A user's "the host names them the plugin's admin", worked out each time the user is read (the
 * logged-in user included) and never stored: taking someone out of `isAdmin` takes the role away at
 * their next request.
 */
export const lineAdminField = ({ isAdmin }: { isAdmin: IsAdmin }): CheckboxField => ({
  name: LINE_ADMIN_FIELD,
  type: 'checkbox',
  virtual: true,
  access: { create: () => false, update: () => false },
  admin: { hidden: true },
  hooks: { afterRead: [({ data }) => isAdmin({ user: (data ?? {}) as Record<string, unknown> })] },
})
