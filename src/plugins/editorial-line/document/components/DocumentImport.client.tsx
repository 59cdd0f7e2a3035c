'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { LineChange } from '../diffLine.js'

import { translate, valueKey } from '../../translations/index.js'
import '../../admin/editorialLine.css'

type Answer = { created: number; updated: number; unchanged: number; changes: LineChange[]; dryRun: boolean }

const show = (value: unknown) =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value)

/** Upload or paste the document, see its changes grouped by target, apply them. */
export const DocumentImport = () => {
  const { t } = useTranslation()
  const { config } = useConfig()
  const [markdown, setMarkdown] = useState('')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  const send = async (dryRun: boolean) => {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(
        `${config.serverURL ?? ''}${config.routes.api}/editorial-line/document${dryRun ? '?dryRun=true' : ''}`,
        {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'text/markdown' },
          body: markdown,
        },
      )
      const body = await response.json()
      if (!response.ok) {
        setAnswer(null)
        setError(body?.errors?.[0]?.message ?? response.statusText)
      } else setAnswer(body as Answer)
    } finally {
      setBusy(false)
    }
  }

  // Changes grouped by target: the first part of their key; the plan's on their own.
  const groups = new Map<string, LineChange[]>()
  for (const change of answer?.changes ?? []) {
    const group =
      change.collection === 'editorial-plan'
        ? translate({ key: 'documentGroupPlan', t })
        : change.key.split('.')[0]
    groups.set(group, [...(groups.get(group) ?? []), change])
  }
  const counts = answer && { created: answer.created, updated: answer.updated, unchanged: answer.unchanged }
  const pending = answer?.dryRun && answer.changes.some((change) => change.action !== 'absent')

  return (
    <div className="el-import" id="document-import">
      <p>{translate({ key: 'documentImportIntro', t })}</p>
      <label className="el-import__field">
        {translate({ key: 'documentFile', t })}
        <input
          accept=".md,text/markdown,text/plain"
          id="document-file"
          onChange={async (event) => {
            const file = event.target.files?.[0]
            if (!file) return
            setMarkdown(await file.text())
            setAnswer(null)
          }}
          type="file"
        />
      </label>
      <label className="el-import__field">
        {translate({ key: 'documentPaste', t })}
        <textarea
          id="document-markdown"
          onChange={(event) => {
            setMarkdown(event.target.value)
            setAnswer(null)
          }}
          className="el-import__markdown"
          rows={12}
          value={markdown}
        />
      </label>
      <div className="el-import__actions">
        <Button
          buttonStyle="secondary"
          disabled={busy || markdown.trim() === ''}
          id="document-preview"
          onClick={() => send(true)}
        >
          {translate({ key: 'documentPreview', t })}
        </Button>
        <Button disabled={busy || !pending} id="document-apply" onClick={() => send(false)}>
          {translate({ key: 'documentApply', t })}
        </Button>
      </div>
      {error ? (
        <p className="el-error" id="document-error" role="alert">
          {error}
        </p>
      ) : null}
      {answer && counts ? (
        <div id="document-changes">
          <p id="document-summary">
            {translate({ key: answer.dryRun ? 'documentCounts' : 'documentApplied', t, vars: counts })}
            {answer.changes.length === 0 ? ` ${translate({ key: 'documentNoChange', t })}` : ''}
          </p>
          {[...groups.entries()].map(([group, changes]) => (
            <section data-group={group} key={group}>
              <h3>{group}</h3>
              <ul>
                {changes.map((change, index) => (
                  <li data-action={change.action} key={index}>
                    <strong>
                      {translate({ key: valueKey({ prefix: 'documentAction', value: change.action }), t })}
                    </strong>{' '}
                    {change.collection} <code>{change.key}</code>
                    {change.field ? (
                      <>
                        {' '}
                        <code>{change.field}</code> : {show(change.from)} → {show(change.to)}
                      </>
                    ) : change.to !== undefined ? (
                      <> : {show(change.to)}</>
                    ) : change.from !== undefined ? (
                      <> : {show(change.from)}</>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : null}
    </div>
  )
}
