import type { ChannelFacts, Id } from './types.js'

import { allowedChannels } from './allowedChannels.js'

/**
 * The channel a post gets when none is given: the first its phase allows (else its target's), else
 * the first active channel; `null` when the line has no active channel.
 */
export const defaultChannel = ({
  channels,
  target,
  phase,
}: {
  channels: readonly ChannelFacts[]
  target?: { channels?: Id[] | null } | null
  phase?: { channels?: Id[] | null } | null
}): ChannelFacts | null =>
  allowedChannels({ channels, target, phase })[0] ?? channels.find((channel) => channel.active !== false) ?? null
