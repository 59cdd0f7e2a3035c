/**
 * A duration as a writer reads it: "2,5 s", "10 min", "1 min 30 s", "1 h 5 min" (the units are
 * the same in French and English; the decimal separator follows the language).
 */
export const durationWords = ({ seconds, language }: { seconds: number; language: string }): string => {
  if (seconds < 60)
    return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(seconds)} s`
  const total = Math.round(seconds)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const rest = total % 60
  return [hours && `${hours} h`, minutes && `${minutes} min`, rest && `${rest} s`].filter(Boolean).join(' ')
}
