import type { AfterErrorHook, Payload } from 'payload'

import { translate } from '../translations/index.js'
import { restRequestProblem, type RestTarget } from './restRequestProblem.js'

/** The collections and globals a REST path can name, with the first segment of each one's endpoints. */
const restTargetOf = (payload: Payload): RestTarget => ({
  collections: payload.config.collections.map((collection) => ({
    slug: collection.slug,
    versions: Boolean(collection.versions),
    endpoints: (collection.endpoints || [])
      .map((endpoint) => endpoint.path.split('/')[1] ?? '')
      .filter((segment) => segment !== '' && !segment.startsWith(':')),
  })),
  globals: payload.config.globals.map((global) => ({
    slug: global.slug,
    versions: Boolean(global.versions),
  })),
  idType: payload.db.defaultIDType,
  maxDepth: payload.config.maxDepth,
})

/**
 * Some requests make stock Payload fail before any hook can look at them: a `where` that is not JSON
 * (its REST handler parses it first), a version route of a collection or global that keeps none, an
 * id or a `limit` the database cannot take on a route without hooks (global versions). When such a
 * request ends in a 500, this answers it for what it is, 400 or 404 with a message; a well-formed
 * request's 500 is left alone, so a real fault still shows.
 */
export const answerMalformedRequest: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500 || !req?.url || !req.payload) return
  const api = req.payload.config.routes.api
  const { pathname } = new URL(req.url, 'http://localhost')
  if (!pathname.startsWith(`${api}/`)) return
  let segments: string[]
  try {
    segments = pathname.slice(api.length).split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return
  }
  const problem = restRequestProblem({
    segments,
    query: (req.query ?? {}) as Record<string, unknown>,
    target: restTargetOf(req.payload),
  })
  if (!problem) return
  const vars = 'vars' in problem ? problem.vars : undefined
  return {
    response: { errors: [{ message: translate({ key: problem.key, t: req.t, vars }) }] },
    status: problem.status,
  }
}
