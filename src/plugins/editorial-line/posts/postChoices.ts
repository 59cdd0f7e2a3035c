import type { Where } from 'payload'

import { relationId } from '../rules/relationId.js'

/** A field of a post whose choices depend on another field of the same post. */
export type DependentChoice = 'phase' | 'message'

type ChoiceFilter = {
  /** The field whose value narrows the choices. */
  dependsOn: 'target' | 'phase'
  /** The query on the related collection, given the value of `dependsOn` (none: `null`). */
  where: (parent: null | number | string) => true | Where
}

const active: Where = { status: { equals: 'active' } }

/**
 * Which phases and key messages a post may choose from. One table for both sides: the server's
 * `filterOptions` (which also validates a save) and the admin's menus, which filter from what the
 * form holds at once instead of waiting for the server's form state.
 */
export const POST_CHOICES: Record<DependentChoice, ChoiceFilter> = {
  // The target's phases.
  phase: {
    dependsOn: 'target',
    where: (target) => (target === null ? true : { target: { equals: target } }),
  },
  // The phase's key messages that are ready to use.
  message: {
    dependsOn: 'phase',
    where: (phase) => (phase === null ? active : { and: [{ phase: { equals: phase } }, active] }),
  },
}

/** A relationship value as an id, or `null` when the field is empty (or holds something else). */
export const choiceParent = (value: unknown): null | number | string => {
  const id = relationId(value)
  return id === '' ? null : id
}
