import { describe, expect, it } from 'vitest'

import { wallClockInstant } from 'payload-plugin-editorial-line'

import { LIVING_DEMO_APPROVED_DAYS, LIVING_DEMO_DAYS_AHEAD, livingDemoPosts } from './demoData'

const timezone = 'Europe/Paris'
const instantOf = (local: string) => wallClockInstant({ local, timezone })
const DAY_MS = 24 * 60 * 60 * 1000

const weekdayOf = (at: string) => new Date(`${at.slice(0, 10)}T12:00:00Z`).getUTCDay()

/** Seeding days: today, the end of a year, a leap day, mid-year, the day after the document. */
const days = [
  '2026-12-01T09:00:00Z',
  '2026-12-31T22:30:00Z', // already 1 January 2027 in Paris
  '2027-06-15T12:00:00Z',
  '2028-02-29T07:00:00Z',
  '2026-07-01T06:00:00Z',
  '2031-10-26T01:30:00Z', // the night clocks go back
]

describe('livingDemoPosts', () => {
  it.each(days)('on %s: posts around the day, each status where its date puts it', (iso) => {
    const today = new Date(iso)
    const posts = livingDemoPosts({ today, timezone, instantOf })
    const month = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
    }).format(today)
    expect(posts.length).toBeGreaterThan(10)
    for (const post of posts) {
      const at = Date.parse(instantOf(post.at))
      expect(post.at >= '2026-07-01', post.at).toBe(true)
      expect(at).toBeLessThanOrEqual(today.getTime() + (LIVING_DEMO_DAYS_AHEAD + 1) * DAY_MS)
      if (at <= today.getTime()) expect(post.status, post.at).toBe('published')
      else if (at <= today.getTime() + LIVING_DEMO_APPROVED_DAYS * DAY_MS)
        expect(post.status, post.at).toBe('approved')
      else expect(['in_review', 'changes_requested', 'draft'], post.at).toContain(post.status)
    }
    // The month the demo opens on has posts, committed ones for the gauges, and a review queue waits.
    const current = posts.filter((post) => post.at.startsWith(month))
    expect(current.length).toBeGreaterThan(0)
    expect(current.some((post) => post.status === 'approved' || post.status === 'published')).toBe(true)
    expect(posts.some((post) => post.status === 'in_review')).toBe(true)
  })

  it('keeps each target on its days and each month’s share of Auditeurs and Coachs at two posts', () => {
    const posts = livingDemoPosts({ today: new Date('2027-03-10T10:00:00Z'), timezone, instantOf })
    const perMonth: Record<string, number> = {}
    for (const post of posts) {
      const day = weekdayOf(post.at)
      if (post.target === 'of') expect([2, 4]).toContain(day)
      if (post.target === 'auditeurs') expect(day).toBe(3)
      if (post.target === 'coachs') expect(day).toBe(6)
      if (post.target !== 'of') {
        const key = `${post.target} ${post.at.slice(0, 7)}`
        perMonth[key] = (perMonth[key] ?? 0) + 1
      }
    }
    expect(Math.max(...Object.values(perMonth))).toBeLessThanOrEqual(2)
  })

  it('writes nothing into the document’s months: seeded during January–June 2026 it adds none before July', () => {
    expect(livingDemoPosts({ today: new Date('2026-03-15T10:00:00Z'), timezone, instantOf })).toEqual([])
    const june = livingDemoPosts({ today: new Date('2026-06-20T10:00:00Z'), timezone, instantOf })
    expect(june.every((post) => post.at >= '2026-07-01' && post.status !== 'published')).toBe(true)
  })
})
