import { describe, expect, it } from 'vitest'

import { isTimezone } from './timezone.js'

describe('isTimezone', () => {
  it.each(['Europe/Paris', 'UTC', 'America/Martinique', 'Indian/Reunion'])('accepts %s', (value) => {
    expect(isTimezone(value)).toBe(true)
  })

  it.each(['Europe/Lyon', 'Paris', '', '   ', 'GMT+25', null, 3])('refuses %j', (value) => {
    expect(isTimezone(value)).toBe(false)
  })
})
