import { isIdLike } from '../validators/inputShape.js'
import { queryArgumentProblem, type QueryArgumentProblem } from './queryArgumentProblem.js'

/** What a REST request names, enough to tell whether it could ever be answered. */
export type RestTarget = {
  collections: { slug: string; versions: boolean; endpoints: string[] }[]
  globals: { slug: string; versions: boolean }[]
  idType: 'number' | 'text'
  maxDepth: number
}

export type RestRequestProblem =
  | { status: 400; key: 'malformedWhere' }
  | { status: 400; key: 'malformedParameter'; vars: QueryArgumentProblem }
  | { status: 404; key: 'noVersions'; vars: { slug: string } }
  | { status: 404; key: 'unknownId'; vars: { id: string } }

/** A query parameter as Payload's REST handler hands it on: a number when it reads as one. */
const asPayloadReadsIt = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value

const isJsonObject = (text: string) => {
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
  } catch {
    return false
  }
}

/**
 * Why a REST request (path below the API route, and its parsed query) can never be answered, or
 * null. Stock Payload answers some of these with a 500 before any hook runs (a `where` that is not
 * JSON, a version route of a collection that keeps none, an id the database cannot hold); the
 * plugin's `afterError` uses this to answer them as what they are.
 */
export const restRequestProblem = ({
  segments,
  query,
  target,
}: {
  segments: string[]
  query: Record<string, unknown>
  target: RestTarget
}): null | RestRequestProblem => {
  const id = (value: string | undefined): null | RestRequestProblem =>
    value === undefined || isIdLike({ value, idType: target.idType })
      ? null
      : { status: 404, key: 'unknownId', vars: { id: value } }

  const [first, second, third, fourth] = segments
  if (first === 'globals') {
    const global = target.globals.find((candidate) => candidate.slug === second)
    if (global && third === 'versions') {
      if (!global.versions) return { status: 404, key: 'noVersions', vars: { slug: global.slug } }
      const refused = id(fourth)
      if (refused) return refused
    }
  } else {
    const collection = target.collections.find((candidate) => candidate.slug === first)
    if (collection && second === 'versions') {
      if (!collection.versions) return { status: 404, key: 'noVersions', vars: { slug: collection.slug } }
      const refused = id(third)
      if (refused) return refused
    } else if (collection && second !== undefined && !collection.endpoints.includes(second)) {
      const refused = id(second)
      if (refused) return refused
    }
  }

  if (typeof query.where === 'string' && query.where !== '' && !isJsonObject(query.where)) {
    return { status: 400, key: 'malformedWhere' }
  }
  const argument = queryArgumentProblem({
    args: {
      limit: asPayloadReadsIt(query.limit),
      page: asPayloadReadsIt(query.page),
      depth: asPayloadReadsIt(query.depth),
    },
    maxDepth: target.maxDepth,
  })
  return argument ? { status: 400, key: 'malformedParameter', vars: argument } : null
}
