import type { PayloadRequest } from 'payload'

import { ROLES, type Role } from '../constants.js'

/**
 * Set on a user as read (a virtual field) when the host's `isAdmin` option names them: the plugin's
 * admin whatever their stored roles.
 */
export const LINE_ADMIN_FIELD = 'editorialLineAdmin'

/** The plugin's roles a user carries: their stored `roles`, and `admin` when the host's `isAdmin` says so. */
export const rolesOf = (user: unknown): Role[] => {
  const stored = (user as { roles?: unknown } | null | undefined)?.roles
  const roles = Array.isArray(stored) ? stored.filter((role): role is Role => ROLES.includes(role)) : []
  const named = (user as Record<string, unknown> | null | undefined)?.[LINE_ADMIN_FIELD] === true
  return named && !roles.includes('admin') ? [...roles, 'admin'] : roles
}

/** Whether a user carries one of the roles. */
export const userHasRole = ({ user, roles }: { user: unknown; roles: readonly Role[] }): boolean =>
  rolesOf(user).some((role) => roles.includes(role))

/** Allows a logged-in user holding any of the given roles; usable on collections and fields. */
export const hasRole =
  (...roles: Role[]) =>
  ({ req }: { req: PayloadRequest }): boolean =>
    userHasRole({ user: req.user, roles })
