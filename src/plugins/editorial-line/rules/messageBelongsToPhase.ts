import type { Rule } from './types.js'

import { sameId } from './sameId.js'

/** The key message must belong to the phase, and be usable (not "to define"). */
export const messageBelongsToPhase: Rule = ({ message, phase }) => {
  if (!message) return []
  if (phase && !sameId(message.phase, phase.id)) {
    return [
      {
        path: 'message',
        message: { key: 'messageNotOfPhase', vars: { message: message.text, phase: phase.name } },
      },
    ]
  }
  if (message.status === 'to_define') {
    return [{ path: 'message', message: { key: 'messageStillToDefine', vars: { message: message.text } } }]
  }
  return []
}
