/** The campaign month of a `YYYY-MM` month: the plan's start month is month 1. */
export const campaignMonth = ({ month, startMonth }: { month: string; startMonth: string }): number => {
  const index = (value: string) => {
    const [year, monthOfYear] = value.split('-').map(Number)
    return year * 12 + monthOfYear
  }
  return index(month) - index(startMonth) + 1
}
