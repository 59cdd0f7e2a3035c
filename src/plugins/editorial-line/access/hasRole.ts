import type { PayloadRequest } from 'payload'

import type { Role } from '../constants.js'

/** Whether a user carries one of the roles. */
export const userHasRole = ({ user, roles }: { user: unknown; roles: readonly Role[] }): boolean => {
  const userRoles = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(userRoles) && userRoles.some((role) => roles.includes(role as Role))
}

/** Allows a logged-in user holding any of the given roles; usable on collections and fields. */
export const hasRole =
  (...roles: Role[]) =>
  ({ req }: { req: PayloadRequest }): boolean =>
    userHasRole({ user: req.user, roles })
