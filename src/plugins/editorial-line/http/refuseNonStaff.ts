import type { PayloadRequest } from 'payload'

import type { EditorialLineTranslationKey } from '../translations/index.js'

import { userHasRole } from '../access/hasRole.js'
import { STAFF_ROLES } from '../constants.js'
import { translate } from '../translations/index.js'
import { errorResponse } from './http.js'

/**
 * The answer an editorial-team endpoint gives anyone else: 401 with `loginKey`'s message to an
 * anonymous caller, 403 to a consumer (publisher); `null` for an editor, approver or admin.
 */
export const refuseNonStaff = ({
  req,
  loginKey,
}: {
  req: PayloadRequest
  loginKey: EditorialLineTranslationKey
}): null | Response => {
  if (!req.user) {
    return errorResponse({ message: translate({ key: loginKey, t: req.t }), status: 401 })
  }
  if (!userHasRole({ user: req.user, roles: STAFF_ROLES })) {
    return errorResponse({ message: req.t('error:notAllowedToPerformAction'), status: 403 })
  }
  return null
}
