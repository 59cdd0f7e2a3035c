import type { Payload, SendEmailOptions } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { NOTICES_SLUG } from './notificationKinds.js'

/**
 * Sends one queued message once, even when two runners picked its job: Payload's runners claim jobs
 * with a read then a write, so two servers (or a server and cron) can both run the same job. The
 * message's key (`email:<job>`) is written in a transaction held open while the message goes out:
 * the other runner's write of the same key waits on it (PostgreSQL's unique index), then fails, and
 * that runner sends nothing; a failed send rolls the key back, so the retry may send. Returns whether
 * this call sent it.
 */
export const sendEmailOnce = async ({
  payload,
  key,
  message,
}: {
  payload: Payload
  key: string
  message: SendEmailOptions
}): Promise<boolean> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await payload.create({
      collection: NOTICES_SLUG as never,
      data: { key } as never,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    await killTransaction(req)
    const sentAlready = (error as { data?: { errors?: { path?: string }[] } }).data?.errors?.some(
      (problem) => problem.path === 'key',
    )
    if (sentAlready) return false
    throw error
  }
  try {
    await payload.sendEmail(message)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  await commitTransaction(req)
  return true
}
