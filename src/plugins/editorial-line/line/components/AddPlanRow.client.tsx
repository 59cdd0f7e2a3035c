'use client'

import { Button, useForm, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { nextPlanRow } from '../../mix/nextPlanRow.js'
import { localTime } from '../../time/localTime.js'
import { translate } from '../../translations/index.js'
import { isTimezone } from '../../validators/timezone.js'
import '../../admin/editorialLine.css'

/**
 * Under the plan's monthly mix: adds next month's row, prefilled from the row in force, so that
 * carrying the plan forward is one click and an edit of what changes.
 */
export const AddPlanRow = () => {
  const { t } = useTranslation()
  const { addFieldRow, getDataByPath } = useForm()

  const add = () => {
    const rows = (getDataByPath('mix') ?? []) as { month?: null | string }[]
    const timezone = getDataByPath('timezone')
    // "Next month" is the plan's: the browser's own clock may already be in another month.
    const { month: currentMonth } = localTime({
      instant: new Date(),
      timezone: isTimezone(timezone) ? timezone : 'UTC',
    })
    const row = nextPlanRow({ rows, currentMonth })
    const subFieldState = Object.fromEntries(
      Object.entries(row).map(([name, value]) => [name, { initialValue: value, valid: true, value }]),
    )
    addFieldRow({ path: 'mix', schemaPath: 'mix', subFieldState })
  }

  return (
    <div className="el-add-row" data-add-plan-row>
      <Button buttonStyle="secondary" onClick={add} size="small">
        {translate({ key: 'mixAddNextMonth', t })}
      </Button>
    </div>
  )
}
