import { describe, expect, it } from 'vitest'

import { videoClock } from './videoClock.js'

describe('videoClock', () => {
  it('shows minutes and two-digit seconds, hours only when there are some', () => {
    expect(videoClock({ seconds: 7.4 })).toBe('0:07')
    expect(videoClock({ seconds: 59.6 })).toBe('1:00')
    expect(videoClock({ seconds: 600 })).toBe('10:00')
    expect(videoClock({ seconds: 3723 })).toBe('1:02:03')
  })
})
