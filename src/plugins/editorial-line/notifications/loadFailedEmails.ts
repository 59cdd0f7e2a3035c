import type { Payload } from 'payload'

import { SEND_EMAIL_TASK } from './notificationKinds.js'

export type FailedEmail = { id: number | string; to: string; subject: string; at: string }

/**
 * The messages the jobs queue gave up on (`hasError`: the last try failed too), newest first: how
 * many, and the ten latest with their recipient and subject. For admins only: the caller checks.
 */
export const loadFailedEmails = async ({
  payload,
}: {
  payload: Payload
}): Promise<{ total: number; emails: FailedEmail[] }> => {
  const found = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: SEND_EMAIL_TASK } }, { hasError: { equals: true } }] },
    sort: '-updatedAt',
    limit: 10,
    depth: 0,
    overrideAccess: true,
  })
  return {
    total: found.totalDocs,
    emails: found.docs.map((job) => {
      const input = (job.input ?? {}) as { to?: unknown; subject?: unknown }
      return {
        id: job.id,
        to: String(input.to ?? ''),
        subject: String(input.subject ?? ''),
        at: String(job.updatedAt),
      }
    }),
  }
}
