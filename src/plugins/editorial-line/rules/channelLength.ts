import type { Rule } from './types.js'

import { textLength } from './textLength.js'

/** The post's text (its body as plain text) is no longer than the channel's maximum length. */
export const channelLength: Rule = ({ channel, post }) => {
  const max = channel?.maxLength
  if (max == null || post.bodyText == null) return []
  const length = textLength(post.bodyText)
  if (length <= max) return []
  return [{ path: 'body', message: { key: 'channelTooLong', vars: { channel: channel!.name, max, length } } }]
}
