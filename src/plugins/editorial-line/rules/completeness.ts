import type { Problem, Rule } from './types.js'

const required = [
  ['target', 'missingTarget'],
  ['phase', 'missingPhase'],
  ['message', 'missingMessage'],
  ['format', 'missingFormat'],
  ['publishAt', 'missingPublishAt'],
] as const

/** The five control points must be filled in: target, phase, key message, format, publication date. */
export const completeness: Rule = ({ post }) =>
  required
    .filter(([field]) => post[field] == null || post[field] === '')
    .map(([path, key]): Problem => ({ path, message: { key } }))
