import { LINE_READER_ROLES } from '../constants.js'
import { hasRole } from './hasRole.js'

/** The editorial team and publishers (who publish from the line); usable on collections and fields. */
export const isStaffOrPublisher = hasRole(...LINE_READER_ROLES)
