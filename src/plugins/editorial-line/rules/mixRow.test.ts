import { describe, expect, it } from 'vitest'

import { mixRow } from './mixRow.js'
import { paris, plan } from './testing/fixtures.js'

describe('mixRow', () => {
  it('reads the planned share of a group in the post’s local month', () => {
    expect(mixRow({ plan, publishAt: paris('2026-05-20 11:00'), group: 'autres' })).toEqual({
      month: '2026-05',
      planned: 5,
    })
    // 23:30 on 31 March in Paris is already April in UTC: still March's row
    expect(mixRow({ plan, publishAt: paris('2026-03-31 23:30'), group: 'auditeurs' })).toEqual({
      month: '2026-03',
      planned: 5,
    })
  })

  it('is null for a month the plan does not cover', () => {
    expect(mixRow({ plan, publishAt: paris('2026-07-01 09:00'), group: 'of' })).toBeNull()
  })
})
