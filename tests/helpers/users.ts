import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import type { RestClient } from './rest'

/** Creates an account with the given roles and logs it in over REST; returns the user and its token. */
export const createUserAndLogin = async ({
  payload,
  rest,
  email,
  roles,
}: {
  payload: Payload
  rest: RestClient
  email: string
  roles: User['roles']
}) => {
  const password = 'secret-pw'
  const user = await payload.create({ collection: 'users', data: { email, password, name: email, roles } })
  const login = await rest({ method: 'POST', path: '/users/login', body: { email, password } })
  return { user, token: login.body.token as string }
}
