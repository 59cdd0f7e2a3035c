import { describe, expect, it } from 'vitest'

import { publishedUrlProblem } from './publishedUrlProblem.js'

const base = { trusted: false, duplicate: false, urlBefore: null }

describe('publishedUrlProblem', () => {
  it('asks for an http(s) address when a post is marked published', () => {
    expect(
      publishedUrlProblem({ ...base, publishing: true, url: 'https://www.linkedin.com/feed/update/1' }),
    ).toBeNull()
    expect(publishedUrlProblem({ ...base, publishing: true, url: undefined })).toBe('required')
    expect(publishedUrlProblem({ ...base, publishing: true, url: 'javascript:alert(1)' })).toBe('required')
  })

  it('refuses a URL change on any other save, and lets an unchanged one through', () => {
    expect(publishedUrlProblem({ ...base, publishing: false, url: 'https://example.com' })).toBe(
      'onlyWhenPublishing',
    )
    expect(
      publishedUrlProblem({
        ...base,
        publishing: false,
        url: 'https://a.example',
        urlBefore: 'https://a.example',
      }),
    ).toBeNull()
    expect(publishedUrlProblem({ ...base, publishing: false, url: '', urlBefore: null })).toBeNull()
  })

  it('does not check trusted saves or copies', () => {
    expect(publishedUrlProblem({ ...base, trusted: true, publishing: true, url: undefined })).toBeNull()
    expect(
      publishedUrlProblem({ ...base, duplicate: true, publishing: false, url: 'https://a.example' }),
    ).toBeNull()
  })
})
