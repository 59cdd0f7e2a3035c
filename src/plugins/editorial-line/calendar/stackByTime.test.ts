import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { stackByTime } from './stackByTime.js'

// One pixel a minute from 07:00, items 40 px high.
const layout = (minutes: number[]) =>
  stackByTime({ items: minutes.map((value) => ({ minutes: value })), top: (m) => m - 420, itemHeight: 40 })

describe('stackByTime', () => {
  it('places items apart at their own time', () => {
    expect(layout([540, 600])).toEqual([
      { top: 120, items: [{ minutes: 540 }] },
      { top: 180, items: [{ minutes: 600 }] },
    ])
  })

  it('stacks an item the ones above would cover below them', () => {
    expect(layout([555, 525, 570, 660])).toEqual([
      { top: 105, items: [{ minutes: 525 }, { minutes: 555 }, { minutes: 570 }] },
      { top: 240, items: [{ minutes: 660 }] },
    ])
  })

  it('keeps every item once, in time order, and never overlaps two stacks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 420, max: 1260 }), { maxLength: 30 }), (minutes) => {
        const stacks = layout(minutes)
        expect(stacks.flatMap((stack) => stack.items.map((item) => item.minutes))).toEqual(
          [...minutes].sort((a, b) => a - b),
        )
        stacks.slice(1).forEach((stack, index) => {
          const above = stacks[index]
          expect(stack.top).toBeGreaterThanOrEqual(above.top + above.items.length * 40)
        })
      }),
    )
  })
})
