import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation.js'
import React from 'react'

import { userHasRole } from '../../access/hasRole.js'
import { translate } from '../../translations/index.js'
import { AdminPage } from '../../admin/AdminPage.js'
import { DocumentImport } from './DocumentImport.client.js'

/**
 * `/admin/document`: an admin loads a version of the editorial line document, sees what it changes,
 * grouped by target, and applies it. Custom views are public unless they check: anonymous visitors go
 * to the login page, anyone but an admin reads that the page is theirs (the endpoint refuses them too).
 */
export const DocumentImportView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/document`)}`)
  const title = translate({ key: 'documentImportTitle', t: req.i18n.t })
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams} title={title}>
      {userHasRole({ user: req.user, roles: ['admin'] }) ? (
        <DocumentImport />
      ) : (
        <p id="document-admins-only">{translate({ key: 'documentAdminsOnly', t: req.i18n.t })}</p>
      )}
    </AdminPage>
  )
}
