import type { CollectionBeforeOperationHook } from 'payload'

import { readFile } from 'node:fs/promises'

import { refusal } from '../http/refusal.js'
import { translate } from '../translations/index.js'
import { MEDIA_FACTS_CONTEXT } from './mediaFactsContext.js'
import { readMediaFacts } from './readMediaFacts.js'

/**
 * Reads an uploaded file before Payload does anything with it (beforeOperation runs before Payload
 * resizes the image or writes a file): a refused file leaves no row, no file and no size on disk.
 * The facts it reads go to `setMediaFacts` through the request's context.
 */
export const inspectUpload =
  ({ maxFileSize, maxPixels }: { maxFileSize: number; maxPixels: number }): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    // Payload keeps the file in memory unless the host's `upload.useTempFiles` puts it on disk.
    const bytes = file.data.length === 0 && file.tempFilePath ? await readFile(file.tempFilePath) : file.data
    const result = await readMediaFacts({ bytes, maxFileSize, maxPixels, sharp: req.payload.config.sharp })
    if ('problem' in result) {
      const { key, status, vars } = result.problem
      throw refusal({
        message: translate({ key, t: req.t, vars }),
        status,
        data: { code: key, ...vars },
      })
    }
    // Payload stores and checks the type the caller declared: it is the content's from here on.
    file.mimetype = result.facts.mimeType
    req.context[MEDIA_FACTS_CONTEXT] = result.facts
    return args
  }
