/** How many images the feed shows of a post's; the rest are a "+N" on the last one shown. */
const SHOWN = 4

/**
 * The feed's grid for a post's images: one image alone, two side by side, three as one large over
 * two, four and more as one large over three, the last of them carrying "+N" for the ones not shown.
 */
export const imageGrid = ({
  count,
}: {
  count: number
}): { layout: 'four' | 'none' | 'one' | 'three' | 'two'; shown: number; more: number } => {
  if (count <= 0) return { layout: 'none', shown: 0, more: 0 }
  const layout = count === 1 ? 'one' : count === 2 ? 'two' : count === 3 ? 'three' : 'four'
  const shown = Math.min(count, SHOWN)
  return { layout, shown, more: count - shown }
}
