import type { SanitizedConfig } from 'payload'

import { handleEndpoints } from 'payload'

export type RestResponse = { status: number; body: any; text: string; headers: Headers; bytes: Uint8Array }

export type RestClient = (args: {
  method: 'DELETE' | 'GET' | 'PATCH' | 'POST'
  /** Below `/api`, with its query string: `/posts/3?depth=0`. */
  path: string
  body?: unknown
  /** A login token, sent as `Authorization: JWT …`. */
  token?: string
  /** An API key, sent as `Authorization: users API-Key …`. */
  apiKey?: string
  /** Sent as `Accept-Language`. */
  language?: string
  /** A body sent as it is, with its content type (a Markdown document), instead of JSON. */
  raw?: { body: string; contentType: string }
  /** A multipart form (a file upload), sent with the boundary `Request` gives it. */
  form?: FormData
}) => Promise<RestResponse>

/**
 * The REST API without a web server: each call builds a real `Request` and hands it to Payload's
 * `handleEndpoints`, the function the Next.js route handlers call.
 */
export const restClient =
  ({ config, key }: { config: SanitizedConfig; key: string }): RestClient =>
  async ({ method, path, body, token, apiKey, language, raw, form }) => {
    const headers: Record<string, string> = {}
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (raw) headers['content-type'] = raw.contentType
    if (token) headers.authorization = `JWT ${token}`
    if (apiKey) headers.authorization = `users API-Key ${apiKey}`
    if (language) headers['accept-language'] = language
    const request = new Request(`http://localhost/api${path}`, {
      method,
      headers,
      body: form ?? (raw ? raw.body : body === undefined ? undefined : JSON.stringify(body)),
    })
    const response = await handleEndpoints({ config, request, payloadInstanceCacheKey: key })
    const bytes = new Uint8Array(await response.arrayBuffer())
    const text = new TextDecoder().decode(bytes)
    const json = (response.headers.get('content-type') ?? 'application/json').includes('json')
    return {
      status: response.status,
      body: json && text ? JSON.parse(text) : null,
      text,
      headers: response.headers,
      bytes,
    }
  }
