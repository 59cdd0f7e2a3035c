import type { Payload } from 'payload'

import type { Post, User } from '../../src/payload-types'
import type { PostStatus, Role } from '../../src/plugins/editorial-line/constants'
import type { RestClient } from './rest'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { seedEditorialLine } from 'payload-plugin-editorial-line'
import { qaliaEditorialLine } from 'payload-plugin-editorial-line/qalia'
import { createUserAndLogin } from './users'

export type EditorialLineIds = {
  channels: Record<string, number>
  targets: Record<string, number>
  phases: Record<string, number>
  messages: Record<string, number>
}

/**
 * Loads the customer's editorial line with a plan starting January 2027 (so posts of early 2027
 * are ahead of today and inside the plan) and returns the ids by slug / `target.phase` / seed key.
 */
export const seedForPosts = async ({ payload }: { payload: Payload }): Promise<EditorialLineIds> => {
  await seedEditorialLine({ payload, line: qaliaEditorialLine })
  await payload.updateGlobal({
    slug: 'editorial-plan',
    data: {
      startMonth: '2027-01',
      mix: [
        { month: '2027-01', of: 90, coachs: 10, auditeurs: 0, autres: 0 },
        { month: '2027-02', of: 90, coachs: 10, auditeurs: 0, autres: 0 },
        { month: '2027-03', of: 80, coachs: 15, auditeurs: 5, autres: 0 },
      ],
    },
  })
  return editorialLineIds({ payload })
}

/** The ids of the editorial line, by target slug, `target.phase` key and message seed key. */
export const editorialLineIds = async ({ payload }: { payload: Payload }): Promise<EditorialLineIds> => {
  const ids: EditorialLineIds = { channels: {}, targets: {}, phases: {}, messages: {} }
  for (const channel of (await payload.find({ collection: 'channels', limit: 0, pagination: false })).docs) {
    ids.channels[channel.slug] = channel.id
  }
  for (const target of (await payload.find({ collection: 'targets', limit: 0, pagination: false })).docs) {
    ids.targets[target.slug] = target.id
  }
  const phases = await payload.find({ collection: 'phases', limit: 0, pagination: false, depth: 1 })
  for (const phase of phases.docs) {
    ids.phases[`${(phase.target as { slug: string }).slug}.${phase.key}`] = phase.id
  }
  const messages = await payload.find({
    collection: 'messages',
    limit: 0,
    pagination: false,
    select: { seedKey: true },
  })
  for (const message of messages.docs) ids.messages[message.seedKey!] = message.id
  return ids
}

/** A complete, compliant OF awareness post on a Tuesday of January 2027, 09:00 in Paris. */
export const compliantPost = ({
  ids,
  overrides = {},
}: {
  ids: EditorialLineIds
  overrides?: Partial<Post>
}) => ({
  title: 'Qualiopi : 40 heures par mois',
  target: ids.targets.of,
  phase: ids.phases['of.awareness'],
  message: ids.messages['of.awareness.1'],
  format: 'text' as const,
  channel: ids.channels.linkedin,
  publishAt: paris('2027-01-05 09:00'),
  ...overrides,
})

export type Person = { user: User; token: string }

/** One account per kind of person the workflow knows, each logged in; the publisher has an API key. */
export const createPeople = async ({ payload, rest }: { payload: Payload; rest: RestClient }) => {
  const person = (email: string, roles: Role[]) => createUserAndLogin({ payload, rest, email, roles })
  // The first account of a database becomes an admin: create the admin first.
  const admin = await person('admin@test.local', ['admin'])
  const people = {
    admin,
    editor: await person('editor@test.local', ['editor']),
    secondEditor: await person('editor2@test.local', ['editor']),
    approver: await person('approver@test.local', ['approver']),
    authorApprover: await person('approver2@test.local', ['approver']),
  }
  const publisherKey = 'test-publisher-api-key-0123456789'
  const publisher = await payload.create({
    collection: 'users',
    data: {
      email: 'publisher@test.local',
      name: 'Publisher bot',
      password: 'unused-password-0123',
      roles: ['publisher'],
      enableAPIKey: true,
      apiKey: publisherKey,
    },
  })
  return { ...people, publisher: { user: publisher, apiKey: publisherKey } }
}

/** The statuses a post goes through to reach one, and who moves it there. */
const PATH: Record<PostStatus, PostStatus[]> = {
  draft: [],
  in_review: ['in_review'],
  changes_requested: ['in_review', 'changes_requested'],
  approved: ['in_review', 'approved'],
  published: ['in_review', 'approved', 'published'],
}

/**
 * A post written by `author` and walked to `status` through the workflow, each step made by a
 * person allowed to make it (`reviewer` for reviews, never the author).
 */
export const postInStatus = async ({
  payload,
  ids,
  status,
  author,
  reviewer,
  overrides = {},
}: {
  payload: Payload
  ids: EditorialLineIds
  status: PostStatus
  author: User
  reviewer: User
  overrides?: Partial<Post>
}): Promise<Post> => {
  let post = await payload.create({
    collection: 'posts',
    data: { ...compliantPost({ ids, overrides }), status: 'draft' },
    user: author,
    overrideAccess: false,
  })
  for (const step of PATH[status]) {
    post = await payload.update({
      collection: 'posts',
      id: post.id,
      data: {
        status: step,
        ...(step === 'changes_requested' ? { reviewComment: 'Précisez le chiffre.' } : {}),
        ...(step === 'published' ? { publishedUrl: `https://www.linkedin.com/posts/qalia-${post.id}` } : {}),
      },
      user: step === 'in_review' ? author : reviewer,
      overrideAccess: false,
    })
  }
  return post
}
