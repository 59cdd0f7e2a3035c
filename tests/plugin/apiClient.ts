/**
 * A REST client of the app served at `baseURL` (the calls of tests/helpers/rest.ts's `restClient`, over
 * HTTP): the status and the parsed body (null when empty). Without a token a call goes anonymous, as
 * the first registration, a login or a public read do.
 */
export const apiClient =
  ({ baseURL }: { baseURL: string }) =>
  async ({
    method = 'GET',
    path,
    body,
    token,
  }: {
    method?: 'GET' | 'POST'
    /** The path below `/api`, with its query. */
    path: string
    body?: unknown
    token?: string
  }) => {
    const response = await fetch(`${baseURL}/api${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `JWT ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }

export type ApiClient = ReturnType<typeof apiClient>
