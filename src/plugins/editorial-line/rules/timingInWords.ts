import type { Window } from './effectiveWindow.js'

/**
 * A posting window said in words, from the words of one language: "le mardi ou le jeudi, 08:30–09:30
 * (Europe/Paris)". `dayWord` names a weekday as the language says "on <day>".
 */
export const timingInWords = ({
  window,
  timezone,
  dayWord,
  language,
  anyDay,
  anyHour,
}: {
  window: Window
  /** Named in brackets; left out when empty (not known yet). */
  timezone: string
  dayWord: (day: Window['days'][number]) => string
  language: string
  /** What to say when every day is allowed. */
  anyDay: string
  /** What to say when every hour is allowed. */
  anyHour: string
}): string => {
  const days = window.days.length
    ? new Intl.ListFormat(language, { type: 'disjunction' }).format(window.days.map(dayWord))
    : anyDay
  const hours = window.start && window.end ? `${window.start}–${window.end}` : anyHour
  return timezone ? `${days}, ${hours} (${timezone})` : `${days}, ${hours}`
}
