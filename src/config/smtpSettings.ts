export type SmtpSettings = {
  transportOptions: {
    host: string
    port: number
    secure: boolean
    auth?: { user: string; pass: string }
  }
  defaultFromAddress: string
  defaultFromName: string
}

/** The sender when `EMAIL_FROM` is unset: a name the team recognises, an address that takes no answer. */
export const DEFAULT_EMAIL_FROM = 'QALIA <no-reply@localhost>'

/** `Name <address>` or a bare address. */
const parseFrom = (from: string) => {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  if (match) return { name: match[1].replace(/^"|"$/g, '') || match[2], address: match[2].trim() }
  return { name: from.trim(), address: from.trim() }
}

/**
 * How the app sends email, from the environment: `null` without `SMTP_HOST` (Payload then prints
 * messages to the console, as before). No authentication unless `SMTP_USER` is set; `SMTP_SECURE`
 * is TLS from the first byte (port 465), STARTTLS otherwise when the server offers it.
 */
export const smtpSettings = ({ env }: { env: Record<string, string | undefined> }): null | SmtpSettings => {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const secure = ['1', 'true', 'yes'].includes((env.SMTP_SECURE ?? '').trim().toLowerCase())
  const portText = env.SMTP_PORT?.trim()
  const port = portText ? Number(portText) : secure ? 465 : 587
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) {
    throw new Error(`SMTP_PORT is "${portText}": give the SMTP server's port, a number such as 587 or 465`)
  }
  const user = env.SMTP_USER?.trim()
  const from = parseFrom(env.EMAIL_FROM?.trim() || DEFAULT_EMAIL_FROM)
  return {
    transportOptions: {
      host,
      port,
      secure,
      ...(user ? { auth: { user, pass: env.SMTP_PASS ?? '' } } : {}),
    },
    defaultFromAddress: from.address,
    defaultFromName: from.name,
  }
}
