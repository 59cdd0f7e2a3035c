import { localTime } from '../time/localTime.js'

export type PlacedPost<P> = {
  post: P
  /** The local day, `YYYY-MM-DD`. */
  day: string
  /** Minutes since local midnight. */
  minutes: number
  /** `HH:mm` */
  time: string
}

/**
 * The posts of each local day in `timezone`, by time of day. Posts without a date have no place in
 * a calendar and are left out.
 */
export const placePosts = <P extends { publishAt?: null | string }>({
  posts,
  timezone,
}: {
  posts: P[]
  timezone: string
}): Record<string, PlacedPost<P>[]> => {
  const byDay: Record<string, PlacedPost<P>[]> = {}
  for (const post of posts) {
    if (!post.publishAt) continue
    const instant = new Date(post.publishAt).getTime()
    if (Number.isNaN(instant)) continue
    const { day, minutes, time } = localTime({ instant: new Date(instant), timezone })
    ;(byDay[day] ??= []).push({ post, day, minutes, time })
  }
  for (const placed of Object.values(byDay)) placed.sort((a, b) => a.minutes - b.minutes)
  return byDay
}
