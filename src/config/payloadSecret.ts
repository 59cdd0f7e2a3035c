/** The shortest secret production accepts (`openssl rand -hex 32` prints 64 characters). */
export const MIN_SECRET_LENGTH = 32

/** Used outside production only, so that logins survive restarts of `npm run dev`. */
export const DEVELOPMENT_SECRET = 'qalia-development-secret'

/**
 * `next build` loads the config to collect its pages but serves no request, signs no session and
 * reads no API key, and the secret is read again at run time, not built in: the build needs none.
 */
export const BUILD_PLACEHOLDER_SECRET = 'next-build-only-not-a-secret'

/**
 * The secret Payload signs login tokens with and indexes API keys by (an HMAC of the key). It must
 * stay the same across restarts and across the servers sharing a database, so production never
 * makes one up: without `PAYLOAD_SECRET`, or with a short one, it throws and the start stops.
 */
export const payloadSecret = ({ env }: { env: Record<string, string | undefined> }): string => {
  const value = env.PAYLOAD_SECRET ?? ''
  if (env.NODE_ENV !== 'production') return value || DEVELOPMENT_SECRET
  if (env.NEXT_PHASE === 'phase-production-build') return value || BUILD_PLACEHOLDER_SECRET
  // Measured without surrounding spaces, but returned as given: changing a running secret would
  // end every session and orphan every API key.
  const length = value.trim().length
  if (length >= MIN_SECRET_LENGTH) return value
  const problem = length === 0 ? 'PAYLOAD_SECRET is not set' : `PAYLOAD_SECRET is ${length} characters long`
  throw new Error(
    `${problem}: production needs a secret of at least ${MIN_SECRET_LENGTH} characters, the same on every ` +
      'restart and every server, because it signs login sessions and indexes API keys. ' +
      'Make one with `openssl rand -hex 32` and set PAYLOAD_SECRET to it.',
  )
}
