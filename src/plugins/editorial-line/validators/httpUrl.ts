/** Whether a value is an absolute http(s) URL, the kind a post goes out at. */
export const isHttpUrl = (value: unknown): boolean => {
  if (typeof value !== 'string') return false
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}
