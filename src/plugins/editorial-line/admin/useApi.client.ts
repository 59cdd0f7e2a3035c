'use client'

import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

/** Calls the REST API as the logged-in user (the admin's cookie), from a client component. */
export const useApiFetch = () => {
  const { config } = useConfig()
  const base = `${config.serverURL ?? ''}${config.routes.api}`
  return useCallback(
    async <T>(path: string, init?: RequestInit): Promise<null | T> => {
      const response = await fetch(`${base}${path}`, { credentials: 'include', ...init })
      return response.ok ? ((await response.json()) as T) : null
    },
    [base],
  )
}

/** A document of the API by id, refetched when the id changes; `null` while there is none. */
export const useDocument = <T>({ collection, id }: { collection: string; id: unknown }): null | T => {
  const apiFetch = useApiFetch()
  const [doc, setDoc] = useState<null | T>(null)
  const key = typeof id === 'number' || typeof id === 'string' ? String(id) : null
  useEffect(() => {
    let current = true
    if (!key) {
      setDoc(null)
      return
    }
    void apiFetch<T>(`/${collection}/${encodeURIComponent(key)}?depth=0`).then((found) => {
      if (current) setDoc(found)
    })
    return () => {
      current = false
    }
  }, [apiFetch, collection, key])
  return doc
}
