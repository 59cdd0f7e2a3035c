'use client'

import { Button, useAuth, useDocumentInfo, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import type { Checklist } from '../../rules/checklist.js'

import { userHasRole } from '../../access/hasRole.js'
import { translate } from '../../translations/index.js'
import { useApiFetch } from '../../admin/useApi.client.js'
import '../../admin/editorialLine.css'
import { useSlugs } from '../../admin/useSlugs.client.js'

type Finding = { rule: string; level: 'block' | 'warn'; path: string; message: string }
type Check = { checklist: Checklist; findings: Finding[] }

const POINTS = ['target', 'phase', 'message', 'format', 'channel', 'timing'] as const
/** The form fields a control point reads its problems from. */
const FIELDS: Record<(typeof POINTS)[number], string[]> = {
  target: ['target'],
  phase: ['phase'],
  message: ['message'],
  // The format's media (formatComplete) are found on the media field.
  format: ['format', 'media'],
  // The channel's length is checked on the body.
  channel: ['channel', 'body'],
  timing: ['publishAt'],
}
// The channel's length and the copy rules (issue #28) read the title and body; the format's
// requirement (issue #27) the media.
const WATCHED = ['id', 'target', 'phase', 'message', 'format', 'channel', 'publishAt', 'title', 'body', 'media'] as const

/**
 * The five control points of the post as it stands in the form, updated as the editor types
 * (the server runs the same rules a submission would), the warnings, and the submit-for-review
 * action with the reason it is not available yet.
 */
export const LiveChecklist = () => {
  const { t } = useTranslation()
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const apiFetch = useApiFetch()
  const posts = useSlugs().posts
  const values = useFormFields(([fields]) =>
    Object.fromEntries(WATCHED.map((name) => [name, fields[name]?.value ?? null])),
  )
  const status = useFormFields(([fields]) => fields.status?.initialValue) as string | undefined
  const [check, setCheck] = useState<Check | null>(null)
  const body = JSON.stringify({ ...values, id })
  // The first check runs as soon as the form is there; later ones wait for a pause in the typing.
  const asked = useRef(false)

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      asked.current = true
      void apiFetch<Check>(`/${posts}/check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then((result) => {
        if (current && result) setCheck(result)
      })
    }, asked.current ? 300 : 0)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [apiFetch, body, posts])

  const done = check ? POINTS.filter((point) => check.checklist[point]).length : 0
  const problems = (point: (typeof POINTS)[number]) =>
    (check?.findings ?? []).filter(
      (finding) => finding.level === 'block' && FIELDS[point].includes(finding.path),
    )
  const warnings = (check?.findings ?? []).filter((finding) => finding.level === 'warn')
  // Copy rules (issue #28): the words that refuse leaving draft, on the title or body they name.
  const copyBlocks = (check?.findings ?? []).filter(
    (finding) => finding.level === 'block' && finding.rule === 'copy',
  )
  // A new post can be created and submitted at once.
  const canSubmit = !id || status === 'draft' || status === 'changes_requested'
  const writer = userHasRole({ user, roles: ['editor', 'approver', 'admin'] })
  const missing = POINTS.filter((point) => check && !check.checklist[point]).map((point) =>
    translate({ key: point, t }),
  )

  return (
    <div className="field-type el-panel" data-live-checklist data-done={check ? done : undefined}>
      <h3 className="el-panel__title">{translate({ key: 'liveChecklistTitle', t, vars: { done } })}</h3>
      <ul className="el-checklist">
        {POINTS.map((point) => {
          const ok = Boolean(check?.checklist[point])
          return (
            <li className="el-checklist__point" data-point={point} data-ok={ok ? 'yes' : 'no'} key={point}>
              <span aria-hidden className="el-checklist__mark">
                {ok ? '✓' : '○'}
              </span>
              {translate({ key: point, t })}
              {problems(point).map((finding) => (
                <div className="el-checklist__problem" key={finding.message}>
                  {finding.message}
                </div>
              ))}
            </li>
          )
        })}
      </ul>
      {copyBlocks.length > 0 && (
        <div className="el-checklist__warnings" data-copy-findings>
          <strong>{translate({ key: 'copyRulesLive', t })}</strong>
          <ul className="el-checklist__warning-list">
            {copyBlocks.map((finding) => (
              <li className="el-checklist__problem" data-path={finding.path} key={finding.message}>
                {finding.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="el-checklist__warnings" data-live-warnings>
          <strong>{translate({ key: 'warnings', t })}</strong>
          <ul className="el-checklist__warning-list">
            {warnings.map((finding) => (
              <li className="el-hint" key={finding.message}>
                {finding.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {writer && canSubmit && (
        <div className="el-checklist__submit">
          <Button
            buttonStyle="primary"
            disabled={!check?.checklist.complete}
            extraButtonProps={{ 'data-submit-for-review': true }}
            margin={false}
            onClick={() => void submit({ overrides: { status: 'in_review' } })}
            size="small"
          >
            {translate({ key: 'submitForReview', t })}
          </Button>
          {check && !check.checklist.complete && (
            <p className="el-hint" data-submit-blocked>
              {translate({ key: 'submitBlocked', t, vars: { points: missing.join(', ') } })}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
