import type { Payload, PayloadRequest } from 'payload'

import { randomBytes } from 'node:crypto'

import type { Post, User } from '../payload-types'

import { wallClockInstant } from 'payload-plugin-editorial-line'
import { qaliaEditorialLine } from 'payload-plugin-editorial-line/qalia'

import { assertDemoAllowed } from './assertDemoAllowed'
import { demoMediaFor } from './demoMedia'
import { DEMO_WALKS, type DemoPost, demoMetrics, demoPosts, demoUsers, livingDemoPosts } from './demoData'

export const DEFAULT_DEMO_PASSWORD = 'demo-password'
/** API key of the demo publisher account (a machine account: it has no password login). */
export const DEFAULT_DEMO_API_KEY = 'demo-publisher-api-key'

/** The document's demo posts are written as if before the campaign, so their past dates count as ahead. */
const DEMO_CLOCK = '2025-12-15T09:00:00.000Z'
/** The living posts are written as if a day before the first of them, for the same reason. */
const LIVING_CLOCK_LEAD_MS = 24 * 60 * 60 * 1000

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  textFormat: 0,
  children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
})

const richText = (...texts: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: texts.map(paragraph),
  },
})

/**
 * Demo accounts (created when missing; an existing account is left alone) and, on a database
 * without posts, the demo posts: the forty of the document's January–June 2026, and the living
 * ones around `today` (the seeding day, see `livingDemoPosts`), so that the demo opens on a current
 * month with posts whatever the date; those of formats with media carry files drawn at seed time
 * (see `demoMediaFor`). Each is written by the demo editor, then reviewed, approved
 * and published by the demo approver and publisher through the same workflow as in the admin.
 * Refuses production and databases with other accounts (see `assertDemoAllowed`), creating nothing.
 */
export const seedDemo = async ({
  payload,
  password,
  apiKey = DEFAULT_DEMO_API_KEY,
  today = new Date(),
  req,
}: {
  payload: Payload
  password: string
  apiKey?: string
  /** The seeding day, which the living posts are placed around. */
  today?: Date
  req?: Partial<PayloadRequest>
}) => {
  await assertDemoAllowed({ env: process.env, payload, req })
  const created = { users: 0, posts: 0, media: 0 }
  const users: Record<string, User> = {}
  for (const user of demoUsers) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: user.email } },
      limit: 1,
      depth: 0,
      req,
    })
    const machine = user.roles.includes('publisher')
      ? { enableAPIKey: true, apiKey, password: randomBytes(24).toString('hex') }
      : { password }
    users[user.email] =
      docs[0] ?? (await payload.create({ collection: 'users', data: { ...user, ...machine }, req }))
    if (!docs[0]) created.users++
  }

  const { totalDocs } = await payload.count({ collection: 'posts', req })
  if (totalDocs > 0) return created

  const stored = await payload.findGlobal({ slug: 'editorial-plan', depth: 0, req })
  const timezone = stored.timezone ?? qaliaEditorialLine.plan.timezone
  const instantOf = (local: string) => wallClockInstant({ local, timezone })
  const living = livingDemoPosts({ today, timezone, instantOf })
  const livingClock = living.length
    ? new Date(Date.parse(instantOf(living[0].at)) - LIVING_CLOCK_LEAD_MS).toISOString()
    : DEMO_CLOCK
  // The line's channels by slug: a demo post that names one (the newsletter) goes out on it.
  const channelIds = Object.fromEntries(
    (await payload.find({ collection: 'channels', depth: 0, pagination: false, req })).docs.map((channel) => [
      channel.slug,
      channel.id,
    ]),
  )
  const posts: { post: DemoPost; clock: string }[] = [
    ...demoPosts.map((post) => ({ post, clock: DEMO_CLOCK })),
    ...living.map((post) => ({ post, clock: livingClock })),
  ]
  for (const [index, { post, clock }] of posts.entries()) {
    const context = { editorialLineNow: clock }
    const target = (
      await payload.find({
        collection: 'targets',
        where: { slug: { equals: post.target } },
        limit: 1,
        depth: 0,
        req,
      })
    ).docs[0]
    const phase = target
      ? (
          await payload.find({
            collection: 'phases',
            where: { target: { equals: target.id }, key: { equals: post.phase } },
            limit: 1,
            depth: 0,
            req,
          })
        ).docs[0]
      : undefined
    if (!target || !phase) continue // the admin removed what this post was about
    const messages = await payload.find({
      collection: 'messages',
      where: { phase: { equals: phase.id }, status: { equals: 'active' } },
      sort: 'createdAt',
      depth: 0,
      req,
    })
    const message = messages.docs[post.message] ?? messages.docs[0]
    // The files its format calls for, drawn now and uploaded by the editor, as in the admin.
    const files = await demoMediaFor({
      format: post.format,
      index,
      title: post.title,
      message: message?.text ?? post.title,
      detail: phase.priorityContent ?? '',
    })
    const media: number[] = []
    for (const { data, mimetype, name, alt } of files) {
      const upload = await payload.create({
        collection: 'media',
        data: { alt },
        file: { data, mimetype, name, size: data.byteLength },
        user: users['editor@qalia.local'],
        overrideAccess: false,
        req,
      })
      media.push(upload.id)
      created.media++
    }
    const { id } = await payload.create({
      collection: 'posts',
      data: {
        title: post.title,
        body: richText(message ? `« ${message.text} »` : post.title, phase.priorityContent ?? ''),
        target: target.id,
        phase: phase.id,
        message: message?.id,
        // One of QALIA's formats, which the app declares (its preset).
        format: post.format as Post['format'],
        channel: channelIds[post.channel ?? 'linkedin'],
        publishAt: instantOf(post.at),
        media,
        status: 'draft',
      },
      user: users['editor@qalia.local'],
      overrideAccess: false,
      context,
      req,
    })
    for (const step of DEMO_WALKS[post.status]) {
      await payload.update({
        collection: 'posts',
        id,
        data: {
          status: step.status,
          reviewComment: step.reviewComment,
          ...(step.status === 'published'
            ? { publishedUrl: `https://www.linkedin.com/company/qalia/posts/?demo=${index + 1}` }
            : {}),
        },
        user: users[step.by],
        overrideAccess: false,
        context,
        req,
      })
    }
    // What the publishing bot reports once a post went out (it calls with its API key; the seed is trusted).
    if (post.status === 'published') {
      await payload.update({
        collection: 'posts',
        id,
        data: { metrics: demoMetrics(index) },
        overrideAccess: true,
        context,
        req,
      })
    }
    created.posts++
  }
  return created
}
