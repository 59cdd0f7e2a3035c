import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { userHasRole } from '../access/hasRole.js'
import { REVIEWER_ROLES } from '../constants.js'
import { relationId } from '../rules/relationId.js'

export const LOCKS_SLUG = 'payload-locked-documents' as CollectionSlug

type Lock = {
  id: number | string
  document?: { relationTo?: string; value?: unknown } | null
  user?: { relationTo?: string; value?: unknown } | null
}

const same = (a: unknown, b: unknown) => a !== null && b !== null && String(a) === String(b)

/**
 * The edit locks the logged-in reviewer (an approver or admin) takes over: those held on a post whose latest version is
 * in review, by someone who may not review that post (an editor, or its own author), when the
 * reviewer may (they are not its author). A post in review is in the reviewers' hands: its author's
 * lock, often left behind by a closed tab or an ended session, must not stand in their way.
 *
 * The locks table holds one row per document open in the admin, so these reads stay small; the
 * common case (nobody else has a post open) is one query.
 */
export const loadReviewTakeovers = async ({
  req,
  postsSlug,
  post,
}: {
  req: PayloadRequest
  postsSlug: CollectionSlug
  /** Only the locks on this post (default: on every post). */
  post?: number | string
}): Promise<(number | string)[]> => {
  const { payload, user } = req
  if (!user || !userHasRole({ user, roles: REVIEWER_ROLES }) || !payload.collections[LOCKS_SLUG]) return []
  const onPosts: Where = { 'document.relationTo': { equals: postsSlug } }
  const { docs } = await payload.db.find({
    collection: LOCKS_SLUG,
    where: post === undefined ? onPosts : { and: [onPosts, { 'document.value': { equals: post } }] },
    pagination: false,
    req,
  })
  const locks = (docs as Lock[]).filter(
    (lock) => relationId(lock.document?.value) !== null && !same(relationId(lock.user?.value), user.id),
  )
  if (locks.length === 0) return []

  const postIds = [...new Set(locks.map((lock) => relationId(lock.document?.value)))]
  const { docs: inReview } = await payload.db.findVersions({
    collection: postsSlug,
    where: {
      and: [
        { parent: { in: postIds } },
        { latest: { equals: true } },
        { 'version.status': { equals: 'in_review' } },
      ],
    },
    pagination: false,
    req,
  })
  // The author never changes between versions: the latest one names it.
  const authors = new Map(
    inReview.map((version) => [
      String(relationId(version.parent)),
      relationId((version.version as { author?: unknown }).author),
    ]),
  )
  const candidates = locks.filter((lock) => {
    const post = String(relationId(lock.document?.value))
    return authors.has(post) && !same(authors.get(post), user.id)
  })
  if (candidates.length === 0) return []

  const holders = candidates.map((lock) => ({
    collection: (lock.user?.relationTo ?? user.collection) as CollectionSlug,
    id: relationId(lock.user?.value),
  }))
  const reviewers = new Set<string>()
  for (const collection of new Set(holders.map((holder) => holder.collection))) {
    const { docs: people } = await payload.db.find({
      collection,
      where: { id: { in: holders.filter((holder) => holder.collection === collection).map((h) => h.id) } },
      select: { roles: true },
      pagination: false,
      req,
    })
    for (const person of people) {
      if (userHasRole({ user: person, roles: REVIEWER_ROLES })) reviewers.add(String(person.id))
    }
  }
  return candidates
    .filter((lock) => {
      const holder = relationId(lock.user?.value)
      const author = authors.get(String(relationId(lock.document?.value)))
      return !reviewers.has(String(holder)) || same(holder, author)
    })
    .map((lock) => lock.id)
}

/**
 * Before a reviewer's save of a post: removes the locks they take over on it, and says whether the
 * save may skip Payload's own lock check, which would otherwise refuse it (HTTP 423) while someone
 * else holds a fresh lock. It may when no lock of anyone else is left; another reviewer's lock stays,
 * and still refuses the save.
 *
 * Payload runs that check outside the save's transaction (on PostgreSQL it would still see the locks
 * deleted here until the save commits): skipping it is how the takeover reaches it.
 */
export const takeOverLocks = async ({
  req,
  postsSlug,
  post,
}: {
  req: PayloadRequest
  postsSlug: CollectionSlug
  post: number | string
}): Promise<{ skipLockCheck: boolean }> => {
  const takenOver = await loadReviewTakeovers({ req, postsSlug, post })
  if (takenOver.length === 0 || !req.user) return { skipLockCheck: false }
  await req.payload.db.deleteMany({ collection: LOCKS_SLUG, where: { id: { in: takenOver } }, req })
  const { totalDocs: othersLeft } = await req.payload.db.count({
    collection: LOCKS_SLUG,
    where: {
      and: [
        { 'document.relationTo': { equals: postsSlug } },
        { 'document.value': { equals: post } },
        { 'user.value': { not_equals: req.user.id } },
      ],
    },
    req,
  })
  return { skipLockCheck: othersLeft === 0 }
}
