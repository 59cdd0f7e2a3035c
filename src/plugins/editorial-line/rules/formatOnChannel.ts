import type { Rule } from './types.js'

/** The channel takes the post's format (a channel that names no format takes every one). */
export const formatOnChannel: Rule = ({ channel, post }) => {
  if (!channel || !post.format || !channel.formats?.length || channel.formats.includes(post.format)) return []
  return [
    {
      path: 'format',
      message: {
        key: 'formatNotOnChannel',
        vars: { channel: channel.name, format: post.format, formats: channel.formats },
      },
    },
  ]
}
