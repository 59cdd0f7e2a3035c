'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useEffect, useRef } from 'react'

/**
 * The workflow status is rendered on the server; after each save of the form, ask the server to
 * render it again so that it never shows the status the post had before.
 */
export const RefreshOnSave = () => {
  const { savedDocumentData } = useDocumentInfo()
  const router = useRouter()
  const savedAt = savedDocumentData?.updatedAt as string | undefined
  const firstSeen = useRef(savedAt)
  useEffect(() => {
    if (savedAt && savedAt !== firstSeen.current) {
      firstSeen.current = savedAt
      router.refresh()
    }
  }, [savedAt, router])
  return null
}
