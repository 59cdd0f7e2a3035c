/** How many channel colours the stylesheet declares (`.el-channel--0` …). */
export const CHANNEL_TONES = 6

/**
 * A channel's colour in the calendar: its place among the line's channels (their order), cycling
 * through the stylesheet's channel palette; `none` for a post without a channel the list knows.
 */
export const channelTone = ({ channels, slug }: { channels: readonly { slug: string }[]; slug?: string }) => {
  const index = slug === undefined ? -1 : channels.findIndex((channel) => channel.slug === slug)
  return index === -1 ? 'none' : String(index % CHANNEL_TONES)
}
