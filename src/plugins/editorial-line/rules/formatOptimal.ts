import type { Rule } from './types.js'

/** When the phase lists optimal formats, the post's format should be one of them. */
export const formatOptimal: Rule = ({ phase, post }) => {
  const formats = phase?.formats ?? []
  if (!post.format || formats.length === 0 || formats.includes(post.format)) return []
  return [
    {
      path: 'format',
      message: { key: 'formatNotOptimal', vars: { format: post.format, formats, phase: phase!.name } },
    },
  ]
}
