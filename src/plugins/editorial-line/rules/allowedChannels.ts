import type { ChannelFacts, Id } from './types.js'

import { sameId } from './sameId.js'

/**
 * The channels a post of this phase and target may go out on, in the line's channel order: the
 * phase's when it names any, else the target's, else every channel; inactive ones left out.
 */
export const allowedChannels = ({
  channels,
  target,
  phase,
}: {
  /** Every channel, in their order. */
  channels: readonly ChannelFacts[]
  target?: { channels?: Id[] | null } | null
  phase?: { channels?: Id[] | null } | null
}): ChannelFacts[] => {
  const named = phase?.channels?.length ? phase.channels : target?.channels?.length ? target.channels : null
  return channels.filter(
    (channel) => channel.active !== false && (!named || named.some((id) => sameId(id, channel.id))),
  )
}
