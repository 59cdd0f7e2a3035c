import { TZDate } from '@date-fns/tz'

import { WEEKDAYS, type Weekday } from '../constants.js'
import { pad } from './pad.js'

export type LocalTime = {
  weekday: Weekday
  /** Minutes since local midnight. */
  minutes: number
  /** `HH:mm` */
  time: string
  /** `YYYY-MM` */
  month: string
  /** `YYYY-MM-DD` */
  day: string
  /** `dd/MM/yyyy HH:mm` */
  display: string
}

/** An instant as seen on a wall clock in `timezone`. */
export const localTime = ({ instant, timezone }: { instant: Date | string; timezone: string }): LocalTime => {
  const local = new TZDate(new Date(instant).getTime(), timezone)
  const time = `${pad(local.getHours())}:${pad(local.getMinutes())}`
  const month = `${local.getFullYear()}-${pad(local.getMonth() + 1)}`
  return {
    weekday: WEEKDAYS[(local.getDay() + 6) % 7],
    minutes: local.getHours() * 60 + local.getMinutes(),
    time,
    month,
    day: `${month}-${pad(local.getDate())}`,
    display: `${pad(local.getDate())}/${pad(local.getMonth() + 1)}/${local.getFullYear()} ${time}`,
  }
}
