import type { ServerProps } from 'payload'

import React from 'react'

import { userHasRole } from '../../access/hasRole.js'
import { STAFF_ROLES } from '../../constants.js'
import { translate } from '../../translations/index.js'
import '../../admin/editorialLine.css'

/**
 * In the admin navigation: "Télécharger le document" for the editorial team (the export endpoint
 * checks the same), "Importer le document" for admins.
 */
export const DocumentNavLinks = ({ i18n, payload, user }: ServerProps) => {
  if (!userHasRole({ user, roles: STAFF_ROLES })) return null
  return (
    <>
      <a
        className="nav__link el-nav-link"
        download
        href={`${payload.config.routes.api}/editorial-line/document.md`}
        id="nav-editorial-document-download"
      >
        {translate({ key: 'documentDownload', t: i18n.t })}
      </a>
      {userHasRole({ user, roles: ['admin'] }) ? (
        <a
          className="nav__link el-nav-link"
          href={`${payload.config.routes.admin}/document`}
          id="nav-editorial-document-import"
        >
          {translate({ key: 'documentImportTitle', t: i18n.t })}
        </a>
      ) : null}
    </>
  )
}
