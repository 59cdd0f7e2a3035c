import { describe, expect, it } from 'vitest'

import { usableTimezone } from './usableTimezone.js'

describe('usableTimezone', () => {
  it('keeps a zone this runtime can use', () => {
    expect(usableTimezone({ timezone: 'Asia/Tokyo', fallback: 'Europe/Paris' })).toBe('Asia/Tokyo')
  })

  it('falls back when the plan holds none, or one this runtime cannot use', () => {
    for (const timezone of [undefined, null, '', '  ', 'Mars/Olympus', 42]) {
      expect(usableTimezone({ timezone, fallback: 'Europe/Paris' })).toBe('Europe/Paris')
    }
  })
})
