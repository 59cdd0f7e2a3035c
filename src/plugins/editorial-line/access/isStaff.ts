import { STAFF_ROLES } from '../constants'
import { hasRole } from './hasRole'

/** Editors, approvers and admins: the people who work in the admin. */
export const isStaff = hasRole(...STAFF_ROLES)
