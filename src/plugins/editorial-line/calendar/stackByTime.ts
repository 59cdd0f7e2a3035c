export type Stack<T> = { top: number; items: T[] }

/**
 * Items of a day column laid out by time: each starts at its own height (`top(minutes)` pixels),
 * unless the items above would cover it, in which case it joins their stack and goes below them.
 */
export const stackByTime = <T extends { minutes: number }>({
  items,
  top,
  itemHeight,
}: {
  items: T[]
  top: (minutes: number) => number
  itemHeight: number
}): Stack<T>[] =>
  [...items]
    .sort((a, b) => a.minutes - b.minutes)
    .reduce<Stack<T>[]>((stacks, item) => {
      const last = stacks.at(-1)
      const position = top(item.minutes)
      if (last && position < last.top + last.items.length * itemHeight) last.items.push(item)
      else stacks.push({ top: position, items: [item] })
      return stacks
    }, [])
