import { describe, expect, it } from 'vitest'

import { restRequestProblem, type RestTarget } from './restRequestProblem.js'

const target: RestTarget = {
  collections: [
    { slug: 'posts', versions: true, endpoints: ['count', 'versions', 'mix', 'calendar.ics'] },
    { slug: 'targets', versions: false, endpoints: ['count'] },
  ],
  globals: [{ slug: 'editorial-plan', versions: false }],
  idType: 'number',
  maxDepth: 10,
}

const problem = (path: string, query: Record<string, unknown> = {}) =>
  restRequestProblem({ segments: path.split('/').filter(Boolean), query, target })

describe('restRequestProblem', () => {
  it('answers well-formed requests with nothing to say', () => {
    for (const path of ['posts', 'posts/12', 'posts/versions/3', 'posts/mix', 'posts/count', 'targets/4'])
      expect(problem(path), path).toBeNull()
    expect(
      problem('posts', { where: '{"title":{"equals":"x"}}', limit: '10', page: '2', depth: '1' }),
    ).toBeNull()
    expect(problem('posts', { where: { title: { equals: 'x' } } })).toBeNull()
  })

  it('calls an id the database cannot hold unknown (404)', () => {
    for (const id of ['abc', '1e999', '-1', '123456789012345678901234567890', '1.5', '0'])
      expect(problem(`targets/${id}`), id).toEqual({ status: 404, key: 'unknownId', vars: { id } })
    expect(problem('posts/versions/abc')).toMatchObject({ status: 404, key: 'unknownId' })
  })

  it('says a collection or global keeps no versions (404)', () => {
    expect(problem('targets/versions')).toEqual({ status: 404, key: 'noVersions', vars: { slug: 'targets' } })
    expect(problem('globals/editorial-plan/versions/1')).toMatchObject({ status: 404, key: 'noVersions' })
  })

  it('refuses a `where` that is neither brackets nor a JSON object (400)', () => {
    for (const where of ['abc', '[]', '1', '{"a":'])
      expect(problem('posts/count', { where }), where).toEqual({ status: 400, key: 'malformedWhere' })
  })

  it('refuses paging and depth that are no whole numbers in range (400)', () => {
    expect(problem('posts', { limit: '1.5' })).toMatchObject({
      key: 'malformedParameter',
      vars: { param: 'limit' },
    })
    expect(problem('posts', { page: '99999999999999999999' })).toMatchObject({ vars: { param: 'page' } })
    expect(problem('posts', { limit: ['1', '2'] })).toMatchObject({ vars: { param: 'limit' } })
    expect(problem('globals/editorial-plan', { depth: 'abc' })).toMatchObject({ vars: { param: 'depth' } })
  })
})
