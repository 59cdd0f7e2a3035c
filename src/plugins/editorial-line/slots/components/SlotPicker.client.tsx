'use client'

import { useDocumentInfo, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { translate } from '../../translations/index.js'
import { useApiFetch } from '../../admin/useApi.client.js'
import { useSlugs } from '../../admin/useSlugs.client.js'

type Slot = { at: string; local: string; weekday?: string }
type Answer = { slots: Slot[]; timezone?: string; message?: string }

/**
 * Beside `publishAt`: asks the server for the next instants that pass every timing, gate, cap and
 * mix rule for this post's target and phase, and sets the one the editor picks.
 */
export const SlotPicker = () => {
  const { t } = useTranslation()
  const { id } = useDocumentInfo()
  const { dispatchFields, setModified } = useForm()
  const apiFetch = useApiFetch()
  const posts = useSlugs().posts
  const fields = useFormFields(([all]) => ({
    target: all.target?.value,
    phase: all.phase?.value,
    message: all.message?.value,
    format: all.format?.value,
  }))
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [loading, setLoading] = useState(false)
  const ready = Boolean(fields.target && fields.phase)

  const propose = async () => {
    setLoading(true)
    const query = new URLSearchParams({ target: String(fields.target), phase: String(fields.phase) })
    if (fields.message) query.set('message', String(fields.message))
    if (fields.format) query.set('format', String(fields.format))
    if (id) query.set('exclude', String(id))
    setAnswer(await apiFetch<Answer>(`/${posts}/next-slots?${query}`))
    setLoading(false)
  }

  const pick = (slot: Slot) => {
    dispatchFields({ type: 'UPDATE', path: 'publishAt', value: slot.at })
    setModified(true)
    setAnswer(null)
  }

  return (
    <div className="field-type" data-slot-picker style={{ marginTop: -8 }}>
      <button
        className="btn btn--style-secondary btn--size-small"
        data-propose-slots
        disabled={!ready || loading}
        onClick={() => void propose()}
        type="button"
      >
        {translate({ key: 'proposeSlots', t })}
      </button>
      {!ready && (
        <p style={{ fontSize: 12, margin: '4px 0 0' }}>{translate({ key: 'proposeSlotsNeeds', t })}</p>
      )}
      {answer && answer.slots.length === 0 && (
        <p data-no-slot style={{ fontSize: 12, margin: '4px 0 0' }}>
          {answer.message ?? translate({ key: 'noSlot', t })}
        </p>
      )}
      {answer && answer.slots.length > 0 && (
        <ul style={{ listStyle: 'none', margin: '6px 0 0', padding: 0 }}>
          {answer.slots.map((slot) => (
            <li key={slot.at} style={{ margin: '0 0 4px' }}>
              <button
                className="btn btn--style-pill btn--size-small"
                data-slot={slot.at}
                onClick={() => pick(slot)}
                type="button"
              >
                {slot.weekday ? `${slot.weekday} ` : ''}
                {slot.local}
                {answer.timezone ? ` (${answer.timezone})` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
