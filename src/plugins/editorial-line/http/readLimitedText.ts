/**
 * A request body as text, or `null` once it passes `limit` bytes: the rest is never read, so a huge
 * body costs no memory (a declared content-length over the limit is refused before reading).
 */
export const readLimitedText = async ({
  body,
  contentLength,
  limit,
}: {
  body: null | ReadableStream<Uint8Array> | undefined
  contentLength: null | string
  limit: number
}): Promise<null | string> => {
  if (contentLength !== null && Number(contentLength) > limit) return null
  if (!body) return ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}
