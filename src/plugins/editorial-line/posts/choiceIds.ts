import type { Id, RuleContext } from '../rules/types.js'

import { sameId } from '../rules/sameId.js'

/** The fields of a post whose `filterOptions` Payload checks against the database on a save. */
export type CheckedChoice = 'message' | 'phase'

/**
 * The ids Payload's `filterOptions` check of a post's phase and key message would find, read from
 * the rule context the save already loaded (`POST_CHOICES`: the phase of the post's target, an
 * active message of its phase): the same verdict without a query per field.
 */
export const choiceIds = ({ context }: { context: RuleContext }): Record<CheckedChoice, Id[]> => {
  const { post, phase, message } = context
  const phaseFits = phase && (post.target == null || sameId(phase.target, post.target))
  const messageFits =
    message && message.status === 'active' && (post.phase == null || sameId(message.phase, post.phase))
  return {
    phase: phaseFits ? [phase.id] : [],
    message: messageFits ? [message.id] : [],
  }
}
