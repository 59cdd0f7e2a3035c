/** About where LinkedIn's feed cuts a post's text behind "… see more". */
export const FEED_CUT = 210
/** The feed also stops after a few lines, however short. */
export const FEED_LINES = 3

/**
 * A post's text as the feed first shows it: whole when short, else cut after about `limit` characters
 * (code points, so an emoji is never split) at the last word boundary, or after `lines` lines,
 * whichever comes first; `cut` says whether a "see more" follows.
 */
export const cutText = ({
  text,
  limit = FEED_CUT,
  lines = FEED_LINES,
}: {
  text: string
  limit?: number
  lines?: number
}): { shown: string; cut: boolean } => {
  const whole = text.trim()
  const byLines = whole.split('\n').slice(0, lines).join('\n')
  const chars = Array.from(byLines)
  if (chars.length <= limit) return byLines.length < whole.length ? { shown: byLines.trimEnd(), cut: true } : { shown: whole, cut: false }
  const head = chars.slice(0, limit).join('')
  // Cut at a space unless that would drop most of the text (one very long word).
  const space = head.search(/\s\S*$/)
  const shown = space > limit / 2 ? head.slice(0, space) : head
  return { shown: shown.trimEnd(), cut: true }
}
