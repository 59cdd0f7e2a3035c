import { describe, expect, it } from 'vitest'

import { mixRow } from './mixRow.js'
import { paris, plan } from './testing/fixtures.js'

describe('mixRow', () => {
  it('reads the planned share of a group in the post’s local month', () => {
    expect(mixRow({ plan, publishAt: paris('2026-05-20 11:00'), group: 'autres' })).toEqual({
      month: '2026-05',
      planMonth: '2026-05',
      planned: 5,
    })
    // 23:30 on 31 March in Paris is already April in UTC: still March's row
    expect(mixRow({ plan, publishAt: paris('2026-03-31 23:30'), group: 'auditeurs' })).toEqual({
      month: '2026-03',
      planMonth: '2026-03',
      planned: 5,
    })
  })

  it('reads a month after the last row from the row in force (June holds until a later row)', () => {
    expect(mixRow({ plan, publishAt: paris('2027-02-10 09:00'), group: 'of' })).toEqual({
      month: '2027-02',
      planMonth: '2026-06',
      planned: 70,
    })
  })

  it('is null before the plan’s first row', () => {
    expect(mixRow({ plan, publishAt: paris('2025-12-16 09:00'), group: 'of' })).toBeNull()
  })
})
