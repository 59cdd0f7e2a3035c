import { isHttpUrl } from '../validators/httpUrl.js'

/**
 * What is wrong with the publication URL a save sends, if anything: marking a post published needs
 * the http(s) address it went out at; any other save leaves the URL as it was. Trusted server code
 * (seeds, imports) is not checked.
 */
export const publishedUrlProblem = ({
  publishing,
  trusted,
  duplicate,
  url,
  urlBefore,
}: {
  /** The save moves the post to published. */
  publishing: boolean
  trusted: boolean
  /** The save is a copy of another post: it starts without a URL. */
  duplicate: boolean
  url: unknown
  urlBefore: unknown
}): 'onlyWhenPublishing' | 'required' | null => {
  if (trusted) return null
  if (publishing) return isHttpUrl(url) ? null : 'required'
  if (!duplicate && (url || null) !== (urlBefore || null)) return 'onlyWhenPublishing'
  return null
}
