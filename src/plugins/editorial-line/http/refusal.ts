import { APIError } from 'payload'

/**
 * An error whose message the caller reads (4xx), with machine-readable `data`. Its name is set
 * here: in a production build the class loses its name, and Payload answers a nameless error with
 * "An unknown error occurred." instead of its message.
 */
export const refusal = ({
  message,
  status,
  data,
}: {
  message: string
  status: number
  /** `code` names the refusal. */
  data: { code: string } & Record<string, unknown>
}) => {
  const error = new APIError(message, status, data, true)
  error.name = 'APIError'
  return error
}
