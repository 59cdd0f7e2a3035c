'use client'

import type { SelectFieldClientComponent } from 'payload'

import { SelectField, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { translate } from '../../translations/index.js'
import { formatLabel } from '../../posts/formats.js'
import { useFormats } from '../../admin/useFormats.client.js'
import { useDocument } from '../../admin/useApi.client.js'
import '../../admin/editorialLine.css'
import { useSlugs } from '../../admin/useSlugs.client.js'

const valueOf = (option: unknown) =>
  typeof option === 'string' ? option : String((option as { value: unknown }).value)

/** The format select, with the chosen phase's optimal formats first and named below it. */
export const FormatSelect: SelectFieldClientComponent = (props) => {
  const { t, i18n } = useTranslation()
  const formats = useFormats()
  const phaseId = useFormFields(([fields]) => fields.phase?.value)
  const phase = useDocument<{ formats?: null | string[] }>({ collection: useSlugs().phases, id: phaseId })
  const optimal = phase?.formats ?? []
  const rank = (option: unknown) => {
    const index = optimal.indexOf(valueOf(option))
    return index === -1 ? optimal.length : index
  }
  const options = [...props.field.options].sort((a, b) => rank(a) - rank(b))
  return (
    <div data-format-select data-optimal={optimal.join(',')}>
      <SelectField {...props} field={{ ...props.field, options }} />
      {optimal.length > 0 && (
        <p className="el-hint">
          {translate({
            key: 'optimalFormatsFirst',
            t,
            vars: {
              formats: optimal
                .map((format) => formatLabel({ formats, value: format, language: i18n.language }))
                .join(', '),
            },
          })}
        </p>
      )}
    </div>
  )
}
