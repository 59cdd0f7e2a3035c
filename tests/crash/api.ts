/** The demo accounts (src/seed/demoData.ts) and their password (src/seed/demo.ts). */
export const DEMO_PASSWORD = 'demo-password'
export const EDITOR = 'editor@qalia.local'
export const APPROVER = 'approver@qalia.local'
export const ADMIN = 'admin@qalia.local'

export type Session = { baseURL: string; token: string }

/** Logs in through the REST API; the token goes in `Authorization: JWT <token>`. */
export const login = async ({
  baseURL,
  email,
  password = DEMO_PASSWORD,
}: {
  baseURL: string
  email: string
  password?: string
}): Promise<Session> => {
  const response = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) throw new Error(`login of ${email} failed: ${response.status}`)
  return { baseURL, token: body.token }
}

/** One authenticated REST call; the status and the parsed body, whatever the status. */
export const call = async <T = unknown>({
  session,
  method = 'GET',
  path,
  body,
}: {
  session: Session
  method?: 'GET' | 'PATCH' | 'POST'
  path: string
  body?: unknown
}): Promise<{ status: number; body: T }> => {
  const response = await fetch(`${session.baseURL}${path}`, {
    method,
    headers: {
      Authorization: `JWT ${session.token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // an HTML error page: keep the text
  }
  return { status: response.status, body: parsed as T }
}

/** Like `call`, but a status other than 2xx is an error. */
export const ok = async <T = unknown>(args: Parameters<typeof call>[0]): Promise<T> => {
  const { status, body } = await call<T>(args)
  if (status < 200 || status >= 300) {
    throw new Error(
      `${args.method ?? 'GET'} ${args.path} answered ${status}: ${JSON.stringify(body).slice(0, 500)}`,
    )
  }
  return body
}
