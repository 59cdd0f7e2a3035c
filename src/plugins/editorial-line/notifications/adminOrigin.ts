/** Where the admin is: the configured `serverURL`, else the address the request came to. */
export const adminOrigin = ({ serverURL, url }: { serverURL?: string; url?: string }) => {
  if (serverURL) return serverURL.replace(/\/$/, '')
  try {
    return url ? new URL(url).origin : ''
  } catch {
    return ''
  }
}
