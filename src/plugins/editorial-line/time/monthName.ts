/** A `YYYY-MM` month in words, in a language: "mars 2026", "March 2026". */
export const monthName = (month: string, language: string) => {
  const [year, monthOfYear] = month.split('-').map(Number)
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthOfYear - 1, 15)),
  )
}
