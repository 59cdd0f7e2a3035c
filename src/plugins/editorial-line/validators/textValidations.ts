import type { TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import type { EditorialLineTranslationKey } from '../translations/index.js'

import { translate } from '../translations/index.js'
import { isMonth } from './month.js'
import { isSlug } from './slug.js'
import { isTimezone } from './timezone.js'

/**
 * Adapts a pure check to Payload text validation: Payload's own checks (required, length) first,
 * then the check, with a translated message.
 */
const textValidation =
  ({
    check,
    key,
  }: {
    check: (value: string) => boolean
    key: EditorialLineTranslationKey
  }): TextFieldSingleValidation =>
  (value, options) => {
    const base = text(value, options)
    if (base !== true) return base
    return !value || check(value) ? true : translate({ key, t: options.req.t })
  }

export const validateSlug = textValidation({ check: isSlug, key: 'invalidSlug' })
export const validateMonth = textValidation({ check: isMonth, key: 'invalidMonth' })
export const validateTimezone = textValidation({ check: isTimezone, key: 'invalidTimezone' })
