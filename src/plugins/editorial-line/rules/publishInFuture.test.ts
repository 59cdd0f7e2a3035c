import { describe, expect, it } from 'vitest'

import { publishInFuture } from './publishInFuture.js'
import { contextFor, paris } from './testing/fixtures.js'

const at = '2026-01-06 09:00'

describe('publishInFuture', () => {
  it('accepts a date ahead of now', () => {
    expect(publishInFuture(contextFor({ phase: 'of.awareness', at }))).toEqual([])
  })

  it('refuses a submission dated now or before, giving the date in the plan timezone', () => {
    expect(publishInFuture(contextFor({ phase: 'of.awareness', at, now: new Date(paris(at)) }))).toEqual([
      {
        path: 'publishAt',
        message: { key: 'publishAtInPast', vars: { date: '06/01/2026 09:00', timezone: 'Europe/Paris' } },
      },
    ])
  })

  it('does not look at the date when the post is not being submitted or rescheduled', () => {
    expect(
      publishInFuture(
        contextFor({ phase: 'of.awareness', at, now: new Date('2027-01-01'), submitting: false }),
      ),
    ).toEqual([])
  })
})
