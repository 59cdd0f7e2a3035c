import type { Endpoint } from 'payload'

import { configuredFormats, configuredGroups } from '../options/pluginSettings.js'
import { renderDocument } from './renderDocument.js'
import { loadEditorialLine } from '../line/loadEditorialLine.js'
import { refuseNonStaff } from '../http/refuseNonStaff.js'

/**
 * `GET /api/editorial-line/document.md`: the editorial line as the customer's Markdown document, for
 * the editorial team (401 anonymous, 403 publishers). `POST /api/editorial-line/document` reads it back.
 */
export const documentExportEndpoint: Endpoint = {
  path: '/editorial-line/document.md',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonStaff({ req, loginKey: 'documentLoginRequired' })
    if (refused) return refused
    const line = await loadEditorialLine({ req })
    const exportedAt = new Date().toISOString().slice(0, 10)
    const markdown = renderDocument({
      line,
      groups: configuredGroups({ payload: req.payload }),
      formats: configuredFormats({ payload: req.payload }),
      exportedAt,
    })
    return new Response(markdown, {
      headers: {
        'content-type': 'text/markdown; charset=utf-8',
        'content-disposition': `attachment; filename="ligne-editoriale-${exportedAt}.md"`,
      },
    })
  },
}
