/**
 * The plan row in force in `month` (`YYYY-MM`): the row of that month, or else the latest row before
 * it. A row holds until the month of the next row, so a plan written for a half-year keeps applying
 * after it until someone adds a row. Null before the first row. Rows may come in any order.
 */
export const planRowInForce = <Row extends { month: string }>({
  rows,
  month,
}: {
  rows: readonly Row[]
  month: string
}): null | Row =>
  // `YYYY-MM` strings sort as the months they name.
  rows.reduce<null | Row>(
    (found, row) => (row.month <= month && (!found || row.month > found.month) ? row : found),
    null,
  )
