import { describe, expect, it } from 'vitest'

import { queryArgumentProblem } from './queryArgumentProblem.js'

describe('queryArgumentProblem', () => {
  it('lets whole numbers in range through, and what is not given', () => {
    expect(queryArgumentProblem({ args: {} })).toBeNull()
    expect(queryArgumentProblem({ args: { limit: 0, page: 1, depth: 0 } })).toBeNull()
    expect(queryArgumentProblem({ args: { limit: 100_000, page: 1_000_000, depth: 10 } })).toBeNull()
  })

  it.each([
    [{ limit: 1.5 }, 'limit'],
    [{ limit: -1 }, 'limit'],
    [{ limit: Infinity }, 'limit'],
    [{ limit: 1e20 }, 'limit'],
    [{ limit: ['1', '2'] }, 'limit'],
    [{ limit: 'abc' }, 'limit'],
    [{ limit: '' }, 'limit'],
    [{ page: 0 }, 'page'],
    [{ page: -1 }, 'page'],
    [{ page: 1.5 }, 'page'],
    [{ page: 1e20 }, 'page'],
    [{ depth: -1 }, 'depth'],
    [{ depth: 1.5 }, 'depth'],
    [{ depth: 'abc' }, 'depth'],
    [{ depth: 11 }, 'depth'],
  ])('refuses %o on %s', (args, param) => {
    expect(queryArgumentProblem({ args })?.param).toBe(param)
  })

  it('follows the config’s maxDepth', () => {
    expect(queryArgumentProblem({ args: { depth: 3 }, maxDepth: 2 })).toEqual({
      param: 'depth',
      min: 0,
      max: 2,
    })
  })
})
