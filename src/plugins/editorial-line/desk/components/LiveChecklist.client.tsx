'use client'

import { useAuth, useDocumentInfo, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { Checklist } from '../../rules/checklist.js'

import { userHasRole } from '../../access/hasRole.js'
import { translate } from '../../translations/index.js'
import { useApiFetch } from '../../admin/useApi.client.js'
import { useSlugs } from '../../admin/useSlugs.client.js'

type Finding = { rule: string; level: 'block' | 'warn'; path: string; message: string }
type Check = { checklist: Checklist; findings: Finding[] }

const POINTS = ['target', 'phase', 'message', 'format', 'timing'] as const
/** The form fields a control point reads its problems from. */
const FIELDS: Record<(typeof POINTS)[number], string[]> = {
  target: ['target'],
  phase: ['phase'],
  message: ['message'],
  format: ['format'],
  timing: ['publishAt'],
}
const WATCHED = ['id', 'target', 'phase', 'message', 'format', 'publishAt'] as const

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

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      void apiFetch<Check>(`/${posts}/check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then((result) => {
        if (current && result) setCheck(result)
      })
    }, 300)
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
  // A new post can be created and submitted at once.
  const canSubmit = !id || status === 'draft' || status === 'changes_requested'
  const writer = userHasRole({ user, roles: ['editor', 'approver', 'admin'] })
  const missing = POINTS.filter((point) => check && !check.checklist[point]).map((point) =>
    translate({ key: point, t }),
  )

  return (
    <div className="field-type" data-live-checklist data-done={check ? done : undefined}>
      <h3 style={{ margin: '0 0 8px' }}>{translate({ key: 'liveChecklistTitle', t, vars: { done } })}</h3>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {POINTS.map((point) => {
          const ok = Boolean(check?.checklist[point])
          return (
            <li data-point={point} data-ok={ok ? 'yes' : 'no'} key={point} style={{ margin: '0 0 6px' }}>
              <span aria-hidden style={{ display: 'inline-block', width: 20, fontWeight: 700 }}>
                {ok ? '✓' : '○'}
              </span>
              {translate({ key: point, t })}
              {problems(point).map((finding) => (
                <div key={finding.message} style={{ fontSize: 12, marginLeft: 20, opacity: 0.8 }}>
                  {finding.message}
                </div>
              ))}
            </li>
          )
        })}
      </ul>
      {warnings.length > 0 && (
        <div data-live-warnings style={{ marginTop: 8 }}>
          <strong>{translate({ key: 'warnings', t })}</strong>
          <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
            {warnings.map((finding) => (
              <li key={finding.message} style={{ fontSize: 12 }}>
                {finding.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {writer && canSubmit && (
        <div style={{ marginTop: 12 }}>
          <button
            className="btn btn--style-primary btn--size-small"
            data-submit-for-review
            disabled={!check?.checklist.complete}
            onClick={() => void submit({ overrides: { status: 'in_review' } })}
            type="button"
          >
            {translate({ key: 'submitForReview', t })}
          </button>
          {check && !check.checklist.complete && (
            <p data-submit-blocked style={{ fontSize: 12, margin: '6px 0 0' }}>
              {translate({ key: 'submitBlocked', t, vars: { points: missing.join(', ') } })}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
