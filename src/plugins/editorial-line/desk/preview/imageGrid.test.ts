import { describe, expect, it } from 'vitest'

import { imageGrid } from './imageGrid.js'

describe('imageGrid', () => {
  it('lays out 1, 2, 3 and 4 images as the feed does', () => {
    expect(imageGrid({ count: 0 })).toEqual({ layout: 'none', shown: 0, more: 0 })
    expect(imageGrid({ count: 1 })).toEqual({ layout: 'one', shown: 1, more: 0 })
    expect(imageGrid({ count: 2 })).toEqual({ layout: 'two', shown: 2, more: 0 })
    expect(imageGrid({ count: 3 })).toEqual({ layout: 'three', shown: 3, more: 0 })
    expect(imageGrid({ count: 4 })).toEqual({ layout: 'four', shown: 4, more: 0 })
  })

  it('shows four of more images and counts the others', () => {
    expect(imageGrid({ count: 20 })).toEqual({ layout: 'four', shown: 4, more: 16 })
  })
})
