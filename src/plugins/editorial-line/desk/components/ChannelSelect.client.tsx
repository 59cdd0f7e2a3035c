'use client'

import type { RelationshipFieldClientComponent } from 'payload'

import { FieldLabel, SelectInput, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { ChannelFacts } from '../../rules/types.js'

import { translate } from '../../translations/index.js'
import { useApiFetch } from '../../admin/useApi.client.js'
import { useSlugs } from '../../admin/useSlugs.client.js'
import { relationId } from '../../rules/relationId.js'
import '../../admin/editorialLine.css'

/**
 * A post's channel: a menu of the channels its phase (else its target) allows, asked of the server
 * (`GET /api/posts/channels`) each time the target or phase changes. When the chosen channel is not
 * among them (or none is chosen yet), the first one is taken, as the server would on a save.
 */
export const ChannelSelect: RelationshipFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { t } = useTranslation()
  const apiFetch = useApiFetch()
  const posts = useSlugs().posts
  const target = relationId(useFormFields(([fields]) => fields.target?.value))
  const phase = relationId(useFormFields(([fields]) => fields.phase?.value))
  const { path, setValue, showError, value, errorMessage } = useField<null | number | string>({
    potentiallyStalePath: pathFromProps,
  })
  const [choices, setChoices] = useState<ChannelFacts[] | null>(null)

  useEffect(() => {
    let current = true
    const query = new URLSearchParams()
    if (target != null) query.set('target', String(target))
    if (phase != null) query.set('phase', String(phase))
    void apiFetch<{ channels: ChannelFacts[] }>(`/${posts}/channels?${query.toString()}`).then((found) => {
      if (current && found) setChoices(found.channels)
    })
    return () => {
      current = false
    }
  }, [apiFetch, posts, target, phase])

  const chosen = relationId(value)
  useEffect(() => {
    if (!choices || choices.length === 0 || readOnly) return
    if (!choices.some((channel) => String(channel.id) === String(chosen))) setValue(choices[0].id)
  }, [choices, chosen, readOnly, setValue])

  const options = (choices ?? []).map((channel) => ({ label: channel.name, value: String(channel.id) }))
  const current = choices?.find((channel) => String(channel.id) === String(chosen))
  return (
    <div
      className="field-type el-channel-select"
      data-channel-select
      data-choices={(choices ?? []).map((channel) => channel.slug).join(',')}
      data-for-phase={phase ?? ''}
    >
      <FieldLabel label={field.label} path={path} required={field.required} />
      <SelectInput
        name={path}
        path={path}
        options={options}
        value={chosen == null ? '' : String(chosen)}
        readOnly={readOnly}
        showError={showError}
        isClearable={false}
        onChange={(option) => {
          const picked = Array.isArray(option) ? option[0] : option
          const id = picked ? (picked as { value: string }).value : null
          const match = choices?.find((channel) => String(channel.id) === id)
          setValue(match ? match.id : null)
        }}
      />
      {showError && errorMessage && <p className="el-hint">{errorMessage}</p>}
      {current && (
        <p className="el-hint" data-channel-facts>
          {current.maxLength
            ? translate({ key: 'briefChannelMaxLength', t, vars: { max: current.maxLength } })
            : translate({ key: 'briefChannelNoLimit', t })}
        </p>
      )}
    </div>
  )
}
