import { commitTransaction, initTransaction, killTransaction, ValidationError, type Endpoint } from 'payload'

import { userHasRole } from '../access/hasRole.js'
import { configuredFormats, configuredGroups, pluginSettings } from '../options/pluginSettings.js'
import { diffLine } from './diffLine.js'
import { parseDocument } from './parseDocument.js'
import { loadEditorialLine } from '../line/loadEditorialLine.js'
import { translate, valueKey } from '../translations/index.js'
import { writeLine } from './writeLine.js'
import { badRequest, errorResponse, singleQueryValue } from '../http/http.js'
import { readLimitedText } from '../http/readLimitedText.js'

/** Documents are a few kilobytes; anything over a megabyte is refused unread (413). */
export const DOCUMENT_MAX_BYTES = 1024 * 1024

const MARKDOWN_TYPES = ['text/markdown', 'text/x-markdown']

/**
 * `POST /api/editorial-line/document` (admins only), body the Markdown document
 * (`content-type: text/markdown`): the changes it makes to the line, `{ created, updated, unchanged,
 * changes }`. With `?dryRun=true` nothing is written; otherwise every change is written in one
 * transaction, all or nothing. What the document no longer names is listed as `absent`, never deleted.
 */
export const documentImportEndpoint: Endpoint = {
  path: '/editorial-line/document',
  method: 'post',
  handler: async (req) => {
    const t = req.t
    if (!req.user)
      return errorResponse({ message: translate({ key: 'documentLoginRequired', t }), status: 401 })
    if (!userHasRole({ user: req.user, roles: ['admin'] })) {
      return errorResponse({ message: translate({ key: 'documentAdminsOnly', t }), status: 403 })
    }
    const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
    if (!MARKDOWN_TYPES.includes(type)) {
      return errorResponse({ message: translate({ key: 'documentWrongType', t }), status: 415 })
    }
    const dryRun = singleQueryValue((req.query as Record<string, unknown> | undefined)?.dryRun) === 'true'
    const markdown = await readLimitedText({
      body: req.body as ReadableStream<Uint8Array> | null | undefined,
      contentLength: req.headers.get('content-length'),
      limit: DOCUMENT_MAX_BYTES,
    })
    if (markdown === null)
      return errorResponse({ message: translate({ key: 'documentTooLarge', t }), status: 413 })

    const groups = configuredGroups({ payload: req.payload })
    const defaults = pluginSettings({ payload: req.payload }).line
    const current = await loadEditorialLine({ req })
    const read = parseDocument({
      markdown,
      groups,
      formats: configuredFormats({ payload: req.payload }),
      knownTargets: [...current.targets, ...defaults.targets],
      startMonth: current.plan.startMonth ?? defaults.plan.startMonth,
    })
    if ('problem' in read) {
      const { code, line, column, value } = read.problem
      const problem = translate({
        key: valueKey({ prefix: 'documentProblem', value: code }),
        t,
        vars: { value },
      })
      return Response.json(
        {
          errors: [
            {
              message: translate({ key: 'documentProblem', t, vars: { line, column, problem } }),
              code,
              line,
              column,
            },
          ],
        },
        { status: 400 },
      )
    }
    const diff = diffLine({ current, incoming: read.line, defaults, groups })
    const answer = {
      created: diff.created,
      updated: diff.updated,
      unchanged: diff.unchanged,
      changes: diff.changes,
    }
    if (dryRun || diff.writes.length === 0) return Response.json({ ...answer, dryRun })

    // One transaction for every write: a failure half-way leaves the line as it was.
    const ownsTransaction = await initTransaction(req)
    try {
      await writeLine({ req, writes: diff.writes, current, channels: defaults.channels })
      if (ownsTransaction) await commitTransaction(req)
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      const reason =
        error instanceof ValidationError
          ? error.data.errors.map((entry) => `${entry.path}: ${entry.message}`).join('; ')
          : (error as Error).message
      req.payload.logger.warn({ msg: 'editorialLine: document import rolled back', err: error })
      return badRequest(translate({ key: 'documentNotApplied', t, vars: { reason } }))
    }
    return Response.json({ ...answer, dryRun: false })
  },
}
