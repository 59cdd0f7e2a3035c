'use client'

import { useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import { translate } from '../../translations/index.js'
import { relationId } from '../../rules/relationId.js'
import { useDocument } from '../../admin/useApi.client.js'
import '../../admin/editorialLine.css'
import { useSlugs } from '../../admin/useSlugs.client.js'

type Owned = { target?: unknown; phase?: unknown }

/**
 * Keeps the post's choices consistent while the editor changes them: a new target drops a phase
 * of another target (and its key message), a new phase drops a key message of another phase, and
 * a notice says what was removed and why.
 */
export const TargetGuard = () => {
  const { t } = useTranslation()
  const { dispatchFields } = useForm()
  const { target, phase, message } = useFormFields(([fields]) => ({
    target: fields.target?.value,
    phase: fields.phase?.value,
    message: fields.message?.value,
  }))
  const slugs = useSlugs()
  const phaseDoc = useDocument<Owned>({ collection: slugs.phases, id: phase })
  const messageDoc = useDocument<Owned>({ collection: slugs.messages, id: message })
  const seen = useRef({ target, phase })
  const [notice, setNotice] = useState<null | string>(null)

  useEffect(() => {
    const before = seen.current
    seen.current = { target, phase }
    const clear = (paths: string[]) =>
      paths.forEach((path) => dispatchFields({ type: 'UPDATE', path, value: null }))
    if (
      before.target !== target &&
      phaseDoc &&
      target &&
      String(relationId(phaseDoc.target)) !== String(target)
    ) {
      clear(['phase', 'message'])
      setNotice(translate({ key: 'clearedPhaseAndMessage', t }))
    } else if (
      before.phase !== phase &&
      messageDoc &&
      phase &&
      String(relationId(messageDoc.phase)) !== String(phase)
    ) {
      clear(['message'])
      setNotice(translate({ key: 'clearedMessage', t }))
    }
  }, [target, phase, phaseDoc, messageDoc, dispatchFields, t])

  return notice ? (
    <div className="field-type el-cleared" data-cleared-notice role="status">
      ⚠ {notice}
    </div>
  ) : null
}
