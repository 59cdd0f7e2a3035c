import { isMonth } from '../validators/month.js'
import { planRowInForce } from '../rules/planRowInForce.js'
import { shiftMonth } from '../time/months.js'

type Row = { month?: null | string } & Record<string, unknown>

/**
 * The row "add next month" puts in the plan: the month after `currentMonth` (after the plan's
 * latest row when that is later, so the action never duplicates a month), with each group's share
 * copied from the row in force in that month. Without any row in force every share is left out,
 * for the form's defaults to fill in.
 */
export const nextPlanRow = ({
  rows,
  currentMonth,
}: {
  rows: readonly Row[]
  currentMonth: string
}): Record<string, number | string> => {
  const dated = rows.filter((row): row is { month: string } & Row => isMonth(row.month))
  const latest = dated.reduce<null | string>(
    (found, row) => (found === null || row.month > found ? row.month : found),
    null,
  )
  const next = shiftMonth(currentMonth, 1)
  const month = latest !== null && latest >= next ? shiftMonth(latest, 1) : next
  const inForce = planRowInForce({ rows: dated, month })
  const shares = Object.entries(inForce ?? {}).filter(
    (entry): entry is [string, number] =>
      entry[0] !== 'month' && entry[0] !== 'id' && typeof entry[1] === 'number',
  )
  return { month, ...Object.fromEntries(shares) }
}
