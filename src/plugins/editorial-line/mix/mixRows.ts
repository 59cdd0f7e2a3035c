export type MixRow = { month?: null | string } & Record<string, unknown>

export type MixProblem =
  { problem: 'mixMonthTwice'; month: string } | { problem: 'mixRowTotal'; month: string; total: number }

/** Each month once, and each month's shares over `groups` adding up to exactly 100. */
export const mixRowsProblem = ({
  rows,
  groups,
}: {
  rows: MixRow[]
  groups: readonly string[]
}): MixProblem | null => {
  const seen = new Set<string>()
  for (const row of rows) {
    const month = row.month ?? ''
    if (seen.has(month)) return { problem: 'mixMonthTwice', month }
    seen.add(month)
    const total = groups.reduce((sum, group) => sum + (Number(row[group]) || 0), 0)
    if (total !== 100) return { problem: 'mixRowTotal', month, total }
  }
  return null
}
