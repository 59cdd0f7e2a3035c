'use client'

import { Button, useDocumentInfo, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { translate } from '../../translations/index.js'
import { useApiFetch } from '../../admin/useApi.client.js'
import '../../admin/editorialLine.css'
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
    channel: all.channel?.value,
  }))
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [loading, setLoading] = useState(false)
  const ready = Boolean(fields.target && fields.phase)

  const propose = async () => {
    setLoading(true)
    const query = new URLSearchParams({ target: String(fields.target), phase: String(fields.phase) })
    if (fields.message) query.set('message', String(fields.message))
    if (fields.format) query.set('format', String(fields.format))
    // The channel's own slot (a newsletter's sending time) replaces the window.
    if (fields.channel) query.set('channel', String(fields.channel))
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
    <div className="field-type el-slots" data-slot-picker>
      <Button
        buttonStyle="secondary"
        disabled={!ready || loading}
        extraButtonProps={{ 'data-propose-slots': true }}
        margin={false}
        onClick={() => void propose()}
        size="small"
      >
        {translate({ key: 'proposeSlots', t })}
      </Button>
      {!ready && <p className="el-hint">{translate({ key: 'proposeSlotsNeeds', t })}</p>}
      {answer && answer.slots.length === 0 && (
        <p className="el-hint" data-no-slot>
          {answer.message ?? translate({ key: 'noSlot', t })}
        </p>
      )}
      {answer && answer.slots.length > 0 && (
        <ul className="el-slots__list">
          {answer.slots.map((slot) => (
            <li key={slot.at}>
              <Button
                buttonStyle="pill"
                extraButtonProps={{ 'data-slot': slot.at }}
                margin={false}
                onClick={() => pick(slot)}
                size="small"
              >
                {slot.weekday ? `${slot.weekday} ` : ''}
                {slot.local}
                {answer.timezone ? ` (${answer.timezone})` : ''}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
