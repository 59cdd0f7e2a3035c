import type { PostStatus } from '../src/plugins/editorial-line/constants'

import { qaliaFormats } from '../src/plugins/editorial-line/presets/qalia/qaliaFormats'
import { monthBounds } from '../src/plugins/editorial-line/time/monthBounds'
import type { EditorialLineIds } from '../tests/helpers/editorialLine'
import { pick, type Row } from './fill'

/** The posts the bench fills its databases with: the same on every run, for the REST and the admin measures. */
export const TIMEZONE = 'Europe/Paris'
/** The month the mix endpoint reports on; the archive lies in the 24 months before it. */
export const MIX_MONTH = '2026-10'
/** The first of the 13 months the admin's mix page shows. */
export const MIX_FROM = '2025-10'
export const ARCHIVE_MONTHS = Array.from({ length: 24 }, (_, index) => {
  const date = new Date(Date.UTC(2024, 9 + index, 1))
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`
})
export const SMALL = 1_000
export const LARGE = 100_000
export const MIX_MONTH_POSTS = 40
export const SCHEDULED = 10_000

export const rowsFor = ({
  ids,
  count,
  next,
  instant,
  status,
  skipPhase,
}: {
  ids: EditorialLineIds
  count: number
  next: () => number
  instant: () => number
  status: () => PostStatus
  /** A phase (`target.phase`) the rows leave out. */
  skipPhase?: string
}): Row[] => {
  const phasesOf = (target: string) =>
    Object.keys(ids.phases).filter((key) => key.startsWith(`${target}.`) && key !== skipPhase)
  const targets = Object.keys(ids.targets)
    .filter((slug) => phasesOf(slug).length > 0)
    .map((slug): [string, number] => [slug, slug === 'of' ? 70 : 7])
  return Array.from({ length: count }, (_, index) => {
    const target = pick(next, targets)
    const phase = pick(
      next,
      phasesOf(target).map((key): [string, number] => [key, 1]),
    )
    const messages = Object.keys(ids.messages).filter((key) => key.startsWith(`${phase}.`))
    const message = messages.length > 0 ? ids.messages[messages[Math.floor(next() * messages.length)]] : null
    return {
      title: `Bench post ${index}`,
      target: ids.targets[target],
      phase: ids.phases[phase],
      message,
      format: qaliaFormats[Math.floor(next() * qaliaFormats.length)].value,
      // Every format goes out on LinkedIn in QALIA's reading.
      channel: ids.channels.linkedin,
      publishAt: new Date(instant()).toISOString(),
      status: status(),
    }
  })
}

/** An instant in one of `months` (plan timezone), months drawn evenly. */
export const inMonths = (next: () => number, months: string[]) => () => {
  const { start, end } = monthBounds({
    month: months[Math.floor(next() * months.length)],
    timezone: TIMEZONE,
  })
  return Date.parse(start) + next() * (Date.parse(end) - Date.parse(start))
}

export const archiveStatus = (next: () => number) => () =>
  pick<PostStatus>(next, [
    ['published', 60],
    ['approved', 15],
    ['in_review', 10],
    ['changes_requested', 5],
    ['draft', 10],
  ])

/** Status of the posts scheduled over the slot finder's year. */
export const scheduledStatus = (next: () => number) => () =>
  pick<PostStatus>(next, [
    ['approved', 60],
    ['in_review', 40],
  ])

/** The months of the posts scheduled ahead (the slot finder's year). */
export const SCHEDULED_MONTHS = Array.from({ length: 12 }, (_, index) => {
  const date = new Date(Date.UTC(2027, 5 + index, 1))
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`
})

/**
 * The bench's two databases' posts: `small` (1,000: 40 in the mix month, a tenth scheduled over the
 * slot finder's year, the rest in the 24 archive months), and `more`, the 99,000 that make 100,000
 * (10,000 scheduled in all). The mix month keeps its 40 posts: the database grows, a month does not.
 */
export const benchRows = ({ ids, next }: { ids: EditorialLineIds; next: () => number }) => {
  const smallScheduled = SMALL / 10
  const small = [
    ...rowsFor({
      ids,
      count: MIX_MONTH_POSTS,
      next,
      instant: inMonths(next, [MIX_MONTH]),
      status: archiveStatus(next),
    }),
    ...rowsFor({
      ids,
      count: smallScheduled,
      next,
      instant: inMonths(next, SCHEDULED_MONTHS),
      status: scheduledStatus(next),
    }),
    ...rowsFor({
      ids,
      count: SMALL - MIX_MONTH_POSTS - smallScheduled,
      next,
      instant: inMonths(next, ARCHIVE_MONTHS),
      status: archiveStatus(next),
    }),
  ]
  const more = [
    ...rowsFor({
      ids,
      count: SCHEDULED - smallScheduled,
      next,
      instant: inMonths(next, SCHEDULED_MONTHS),
      status: scheduledStatus(next),
    }),
    ...rowsFor({
      ids,
      count: LARGE - SMALL - (SCHEDULED - smallScheduled),
      next,
      instant: inMonths(next, ARCHIVE_MONTHS),
      status: archiveStatus(next),
    }),
  ]
  return { small, more }
}
