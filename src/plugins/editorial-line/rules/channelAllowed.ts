import type { Rule } from './types.js'

import { allowedChannels } from './allowedChannels.js'
import { sameId } from './sameId.js'

/**
 * The post goes out on a channel its phase (else its target) allows, and that is active. A post with
 * no channel yet is the server's to fill in (the phase's first): nothing to say here.
 */
export const channelAllowed: Rule = ({ channel, channels = [], phase, post, target }) => {
  if (post.channel == null || !channel) return []
  if (channel.active === false) {
    return [{ path: 'channel', message: { key: 'channelInactive', vars: { channel: channel.name } } }]
  }
  const allowed = allowedChannels({ channels, target, phase })
  if (allowed.some((candidate) => sameId(candidate.id, channel.id))) return []
  const who = phase?.name ?? target?.name ?? ''
  if (allowed.length === 0) return [{ path: 'channel', message: { key: 'channelNoneAllowed', vars: { phase: who } } }]
  return [
    {
      path: 'channel',
      message: {
        key: 'channelNotAllowed',
        vars: { phase: who, channel: channel.name, channels: allowed.map((each) => `« ${each.name} »`).join(', ') },
      },
    },
  ]
}
