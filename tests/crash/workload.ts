import { type Session, call, ok } from './api'

type Id = number | string
type Target = { id: Id }
type Phase = { id: Id; target?: Id | null; formats?: string[] | null }
type Message = { id: Id; target?: Id | null; status?: string }
type Slot = { at: string; local: string }

type PostPlan = { target: Id; phase: Id; message: Id; format: string; publishAt: string }

export type PreparedPosts = { drafts: Id[]; inReview: Id[] }

const list = async <T>({ session, path }: { session: Session; path: string }) =>
  (await ok<{ docs: T[] }>({ session, path })).docs

/**
 * Compliant post plans: for every phase of every target, the instants `next-slots` offers, one
 * post per target and local day, so that no two of them compete for a day when submitted.
 */
const planPosts = async ({ session, count }: { session: Session; count: number }): Promise<PostPlan[]> => {
  // Always with the token: anonymous reads of the editorial line may be refused.
  const targets = await list<Target>({ session, path: '/api/targets?depth=0&limit=100' })
  const phases = await list<Phase>({ session, path: '/api/phases?depth=0&limit=100' })
  const candidates: { plan: PostPlan; day: string }[][] = []
  for (const phase of phases) {
    if (!targets.some((target) => target.id === phase.target)) continue
    const messages = await list<Message>({
      session,
      path: `/api/messages?depth=0&limit=100&where[phase][equals]=${phase.id}`,
    })
    const message = messages.find(
      (each) => each.status !== 'archived' && (each.target == null || each.target === phase.target),
    )
    if (!message) continue
    const format = phase.formats?.[0] ?? 'text'
    const query = `target=${phase.target}&phase=${phase.id}&message=${message.id}&format=${format}&count=10`
    const { slots } = await ok<{ slots: Slot[] }>({ session, path: `/api/posts/next-slots?${query}` })
    candidates.push(
      slots.map((slot) => ({
        plan: { target: phase.target!, phase: phase.id, message: message.id, format, publishAt: slot.at },
        day: `${phase.target}:${slot.local.slice(0, 10)}`,
      })),
    )
  }
  // Round robin over the pairs, one post per target and day.
  const taken = new Set<string>()
  const plans: PostPlan[] = []
  for (let round = 0; round < 10 && plans.length < count; round++) {
    for (const pair of candidates) {
      const candidate = pair[round]
      if (!candidate || plans.length >= count || taken.has(candidate.day)) continue
      const { plan, day } = candidate
      taken.add(day)
      plans.push(plan)
    }
  }
  return plans
}

/**
 * Creates `count` compliant drafts as the editor and submits every other one to review before the
 * burst. Refused submissions stay drafts; what matters later is consistency, not success.
 */
export const preparePosts = async ({
  editor,
  count,
}: {
  editor: Session
  count: number
}): Promise<PreparedPosts> => {
  const plans = await planPosts({ session: editor, count })
  const drafts: Id[] = []
  const inReview: Id[] = []
  for (const [index, plan] of plans.entries()) {
    const { doc } = await ok<{ doc: { id: Id } }>({
      session: editor,
      method: 'POST',
      path: '/api/posts?depth=0',
      body: { ...plan, channel: 'linkedin', title: `Crash test post ${index + 1}` },
    })
    if (index % 2 === 1) {
      const { status } = await call({
        session: editor,
        method: 'PATCH',
        path: `/api/posts/${doc.id}?depth=0`,
        body: { status: 'in_review' },
      })
      if (status === 200) {
        inReview.push(doc.id)
        continue
      }
    }
    drafts.push(doc.id)
  }
  return { drafts, inReview }
}

export type BurstResult = {
  requests: number
  /** Requests that got an answer before the kill, by status class. */
  answered: { total: number; ok: number; refused: number; failed: number }
}

/**
 * Fires every request of the burst at once: two submissions of each draft by the editor and two
 * approvals of each post in review by the approver, shuffled; after `killAfterMs`, calls `kill`
 * and waits for every request to settle (those cut off by the kill reject).
 */
export const burst = async ({
  editor,
  approver,
  posts,
  killAfterMs,
  kill,
}: {
  editor: Session
  approver: Session
  posts: PreparedPosts
  killAfterMs: number
  kill: () => Promise<void>
}): Promise<BurstResult> => {
  const requests = [
    ...posts.drafts.flatMap((id) => [0, 1].map(() => ({ session: editor, id, status: 'in_review' }))),
    ...posts.inReview.flatMap((id) => [0, 1].map(() => ({ session: approver, id, status: 'approved' }))),
  ].sort(() => Math.random() - 0.5)
  const answered = { total: 0, ok: 0, refused: 0, failed: 0 }
  let killed = false
  const inFlight = requests.map(({ session, id, status }) =>
    call({ session, method: 'PATCH', path: `/api/posts/${id}?depth=0`, body: { status } }).then(
      ({ status: code }) => {
        if (killed) return
        answered.total++
        if (code < 300) answered.ok++
        else if (code < 500) answered.refused++
        else answered.failed++
      },
    ),
  )
  await new Promise((resolve) => setTimeout(resolve, killAfterMs))
  killed = true
  await kill()
  await Promise.allSettled(inFlight)
  return { requests: requests.length, answered }
}
