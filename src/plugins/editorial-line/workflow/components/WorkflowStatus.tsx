import type { ServerProps } from 'payload'

import React from 'react'

import type { PostStatus } from '../../constants.js'

import { PUBLIC_POST_STATUSES } from '../../constants.js'
import { loadReadableVersions } from '../loadReadableVersions.js'
import { translate, valueKey } from '../../translations/index.js'
import { RefreshOnSave } from './RefreshOnSave.client.js'

type Props = { id?: number | string } & ServerProps

const isPublic = (status: unknown) => (PUBLIC_POST_STATUSES as readonly unknown[]).includes(status)

/**
 * In the post's document controls, instead of Payload's draft / published: the workflow status of
 * the version being edited, and what API consumers get meanwhile.
 */
export const WorkflowStatus = async ({ id, i18n, payload, user }: Props) => {
  const t = i18n.t
  if (id === undefined || id === null || !user) return null
  const { latest, live } = await loadReadableVersions({ payload, user, id })
  if (!latest) return null
  const status = latest.status as PostStatus
  const liveNow = Boolean(live && live._status === 'published' && isPublic(live.status))
  const note = !liveNow
    ? translate({ key: 'liveNone', t })
    : isPublic(status)
      ? translate({ key: 'liveThis', t })
      : translate({ key: 'liveApproved', t })
  return (
    <div className="status" data-workflow-status={status} data-live={liveNow ? 'yes' : 'no'}>
      <span className="status__label">{translate({ key: 'status', t })}: </span>
      <strong className="status__value">
        {translate({ key: valueKey({ prefix: 'status', value: status }), t })}
      </strong>
      <span className="status__label"> · {note}</span>
      <RefreshOnSave />
    </div>
  )
}
