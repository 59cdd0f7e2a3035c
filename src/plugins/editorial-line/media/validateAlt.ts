import type { TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import { translate } from '../translations/index.js'

/** An image needs its alternative text (LinkedIn carries it; screen readers read it); other kinds may have one. */
export const validateAlt: TextFieldSingleValidation = (value, args) => {
  const kind = (args.data as { kind?: unknown } | undefined)?.kind
  if (kind === 'image' && !String(value ?? '').trim()) {
    return translate({ key: 'mediaAltRequired', t: args.req.t })
  }
  return text(value, args)
}
