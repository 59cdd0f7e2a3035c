import { STAFF_ROLES } from '../constants.js'
import { hasRole } from './hasRole.js'

/** Editors, approvers and admins: the people who work in the admin. */
export const isStaff = hasRole(...STAFF_ROLES)
