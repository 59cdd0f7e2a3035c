import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'

/**
 * The GraphQL API without a web server, through the route handler the app mounts at `/api/graphql`.
 * It runs on the test file's first Payload (the default cache key, see `startPayload`).
 */
export const graphqlClient =
  (config: SanitizedConfig) =>
  async ({
    query,
    token,
    apiKey,
    language,
  }: {
    query: string
    token?: string
    apiKey?: string
    language?: string
  }) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (token) headers.authorization = `JWT ${token}`
    if (apiKey) headers.authorization = `users API-Key ${apiKey}`
    if (language) headers['accept-language'] = language
    const request = new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    })
    const response = await GRAPHQL_POST(Promise.resolve(config))(request)
    return { status: response.status, body: await response.json() }
  }
