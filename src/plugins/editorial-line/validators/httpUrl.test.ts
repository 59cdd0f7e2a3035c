import { describe, expect, it } from 'vitest'

import { isHttpUrl } from './httpUrl.js'

describe('isHttpUrl', () => {
  it('accepts absolute http and https URLs only', () => {
    expect(isHttpUrl('https://www.linkedin.com/feed/update/urn:li:activity:1')).toBe(true)
    expect(isHttpUrl('http://example.org/post?id=3')).toBe(true)
    for (const value of ['', 'linkedin.com/post', 'javascript:alert(1)', 'ftp://x.org/a', null, 42, {}]) {
      expect(isHttpUrl(value), String(value)).toBe(false)
    }
  })
})
