import type { OptionObject } from 'payload'

import { MESSAGE_STATUSES, PHASE_KEYS, POST_STATUSES, ROLES, WEEKDAYS } from '../constants.js'
import type { FormatOption } from '../posts/formats.js'

import { label, valueKey } from './index.js'

/** The label of an option value, read from the translation key `<prefix><Value>`, e.g. `formatShortVideo`. */
export const optionLabel = ({ prefix, value }: { prefix: string; value: string }) =>
  label(valueKey({ prefix, value }))

const translatedOptions = (values: readonly string[], prefix: string): OptionObject[] =>
  values.map((value) => ({ label: optionLabel({ prefix, value }), value }))

export const weekdayOptions = translatedOptions(WEEKDAYS, 'day')
export const phaseKeyOptions = translatedOptions(PHASE_KEYS, 'phase')
export const postStatusOptions = translatedOptions(POST_STATUSES, 'status')
export const messageStatusOptions = translatedOptions(MESSAGE_STATUSES, 'message')
export const roleOptions = translatedOptions(ROLES, 'role')

/** The declared formats as select options: each label as the host gave it (one, or one per language). */
export const formatOptions = (formats: readonly FormatOption[]): OptionObject[] =>
  formats.map(({ value, label }) => ({ value, label }))
