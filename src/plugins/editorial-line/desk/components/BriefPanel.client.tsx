'use client'

import { Button, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { Weekday } from '../../constants.js'
import type { ChannelFacts, Timing } from '../../rules/types.js'

import { effectiveWindow, hasOwnSlot } from '../../rules/effectiveWindow.js'
import { timingInWords } from '../../rules/timingInWords.js'
import { translate, valueKey } from '../../translations/index.js'
import { useApiFetch, useDocument } from '../../admin/useApi.client.js'
import '../../admin/editorialLine.css'
import { useSlugs } from '../../admin/useSlugs.client.js'
import { useFormats } from '../../admin/useFormats.client.js'
import { formatLabel } from '../../posts/formats.js'

type Phase = {
  id: number | string
  name: string
  clientState?: null | string
  emotion?: null | string
  questions?: { question?: null | string }[] | null
  priorityContent?: null | string
  formats?: null | string[]
  timing?: ({ note?: null | string } & Timing) | null
  objective?: null | string
  tone?: null | string
  adaptation?: null | string
}
type Target = {
  name: string
  context?: null | string
  tone?: null | string
  timing?: null | Timing
  approach?: { dos?: { text?: null | string }[] | null; donts?: { text?: null | string }[] | null } | null
}
type Message = { id: number | string; text: string }

const Section = ({ title, children, name }: { title: string; children: React.ReactNode; name: string }) => (
  <div className="el-brief__section" data-brief={name}>
    <div className="el-brief__heading">{title}</div>
    <div className="el-small">{children}</div>
  </div>
)

/**
 * The brief beside the post form: everything the document gives for the chosen target and phase.
 * The target's context (what sets it apart, its prerequisites), who the post speaks to and how
 * (client state, emotion, questions, priority content, formats, timing in words, key messages to
 * pick from, objective; the timing is the post's channel's own slot when it has one), how to adapt a message taken from another target, the tone (the phase's,
 * else the target's) and the target's do / don't lists.
 */
export const BriefPanel = () => {
  const { t, i18n } = useTranslation()
  const { dispatchFields, setModified } = useForm()
  const apiFetch = useApiFetch()
  const slugs = useSlugs()
  const formats = useFormats()
  const {
    target: targetId,
    phase: phaseId,
    message: messageId,
    channel: channelId,
  } = useFormFields(([fields]) => ({
    target: fields.target?.value,
    phase: fields.phase?.value,
    message: fields.message?.value,
    channel: fields.channel?.value,
  }))
  const target = useDocument<Target>({ collection: slugs.targets, id: targetId })
  const phase = useDocument<Phase>({ collection: slugs.phases, id: phaseId })
  const [messages, setMessages] = useState<Message[]>([])
  // The channels the phase goes out on, with what each takes (the post form's channel menu asks the same).
  const [channels, setChannels] = useState<ChannelFacts[]>([])
  // The plan always names its timezone; until it is read, the window is given without one.
  const [timezone, setTimezone] = useState('')

  useEffect(() => {
    void apiFetch<{ timezone?: string }>(`/globals/${slugs.editorialPlan}?depth=0`).then((plan) => {
      if (plan?.timezone) setTimezone(plan.timezone)
    })
  }, [apiFetch, slugs.editorialPlan])
  useEffect(() => {
    let current = true
    if (!phase) return setMessages([])
    void apiFetch<{ docs: Message[] }>(
      `/${slugs.messages}?depth=0&limit=50&sort=createdAt&where[phase][equals]=${phase.id}&where[status][equals]=active`,
    ).then((found) => {
      if (current) setMessages(found?.docs ?? [])
    })
    return () => {
      current = false
    }
  }, [apiFetch, phase, slugs.messages])

  useEffect(() => {
    let current = true
    if (!phase) return setChannels([])
    void apiFetch<{ channels: ChannelFacts[] }>(`/${slugs.posts}/channels?phase=${phase.id}`).then((found) => {
      if (current) setChannels(found?.channels ?? [])
    })
    return () => {
      current = false
    }
  }, [apiFetch, phase, slugs.posts])

  if (!phase) {
    return (
      <p className="el-small" data-brief="empty">
        {translate({ key: 'briefChoosePhase', t })}
      </p>
    )
  }
  const word = (prefix: string, value: string) => translate({ key: valueKey({ prefix, value }), t })
  // The post's channel, when it has its own slot (a newsletter's sending time), sets the window, as
  // the timing rule does; the phase's note is about the phase's window, so it goes with it.
  const channel = channels.find((each) => String(each.id) === String(channelId))
  const channelSlot = hasOwnSlot(channel?.timing) ? channel : undefined
  const timing = timingInWords({
    window: effectiveWindow({ target: target?.timing, phase: phase.timing, channel: channelSlot?.timing }),
    timezone,
    dayWord: (day: Weekday) => word('onDay', day),
    language: i18n.language,
    anyDay: translate({ key: 'anyDay', t }),
    anyHour: translate({ key: 'anyHour', t }),
  })
  const pickMessage = (id: Message['id']) => {
    dispatchFields({ type: 'UPDATE', path: 'message', value: id })
    setModified(true)
  }
  const list = (items: (null | string | undefined)[]) => {
    const shown = items.filter((item): item is string => Boolean(item?.trim()))
    return shown.length ? (
      <ul className="el-brief__list">
        {shown.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    ) : (
      '—'
    )
  }

  return (
    <div className="field-type el-panel" data-brief-panel>
      <h3 className="el-panel__title">{translate({ key: 'briefTitle', t, vars: { phase: phase.name } })}</h3>
      {target?.context && (
        <Section name="context" title={translate({ key: 'briefContext', t, vars: { target: target.name } })}>
          {target.context}
        </Section>
      )}
      <Section name="clientState" title={translate({ key: 'clientState', t })}>
        {phase.clientState || '—'}
      </Section>
      <Section name="emotion" title={translate({ key: 'emotion', t })}>
        {phase.emotion || '—'}
      </Section>
      <Section name="questions" title={translate({ key: 'questions', t })}>
        {list((phase.questions ?? []).map((item) => item.question))}
      </Section>
      <Section name="priorityContent" title={translate({ key: 'priorityContent', t })}>
        {phase.priorityContent || '—'}
      </Section>
      <Section name="formats" title={translate({ key: 'formats', t })}>
        {(phase.formats ?? [])
          .map((format) => formatLabel({ formats, value: format, language: i18n.language }))
          .join(', ') || '—'}
      </Section>
      <Section name="channels" title={translate({ key: 'briefChannels', t })}>
        {channels.length === 0 ? (
          '—'
        ) : (
          <ul className="el-brief__list">
            {channels.map((channel) => (
              <li data-brief-channel={channel.slug} key={channel.id}>
                <strong>{channel.name}</strong>
                {' — '}
                {channel.formats?.length
                  ? channel.formats
                      .map((format) => formatLabel({ formats, value: format, language: i18n.language }))
                      .join(', ')
                  : translate({ key: 'briefChannelEveryFormat', t })}
                {' · '}
                {channel.maxLength
                  ? translate({ key: 'briefChannelMaxLength', t, vars: { max: channel.maxLength } })
                  : translate({ key: 'briefChannelNoLimit', t })}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section name="timing" title={translate({ key: 'timing', t })}>
        <span data-brief-timing-of={channelSlot ? channelSlot.slug : 'phase'}>{timing}</span>
        {channelSlot
          ? ` — ${translate({ key: 'briefChannelSlot', t, vars: { channel: channelSlot.name } })}`
          : phase.timing?.note
            ? ` — ${phase.timing.note}`
            : ''}
      </Section>
      <Section name="messages" title={translate({ key: 'briefMessages', t })}>
        {messages.length === 0
          ? '—'
          : messages.map((message) => (
              <Button
                buttonStyle="pill"
                className="el-brief__message"
                extraButtonProps={{
                  'aria-pressed': String(message.id) === String(messageId),
                  'data-brief-message': message.id,
                }}
                key={message.id}
                margin={false}
                onClick={() => pickMessage(message.id)}
                size="small"
              >
                {String(message.id) === String(messageId) ? '✓ ' : ''}
                {message.text}
              </Button>
            ))}
      </Section>
      <Section name="objective" title={translate({ key: 'objective', t })}>
        {phase.objective || '—'}
      </Section>
      {phase.adaptation && (
        <Section name="adaptation" title={translate({ key: 'adaptation', t })}>
          {phase.adaptation}
        </Section>
      )}
      {target && (
        <>
          <Section name="tone" title={translate({ key: 'briefTone', t, vars: { target: target.name } })}>
            {phase.tone || target.tone || '—'}
          </Section>
          <Section name="dos" title={translate({ key: 'dos', t })}>
            {list((target.approach?.dos ?? []).map((item) => item.text))}
          </Section>
          <Section name="donts" title={translate({ key: 'donts', t })}>
            {list((target.approach?.donts ?? []).map((item) => item.text))}
          </Section>
        </>
      )}
    </div>
  )
}
