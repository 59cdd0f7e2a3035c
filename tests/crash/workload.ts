import { type Session, call, ok } from './api'

type Id = number | string
type Target = { id: Id }
type Phase = { id: Id; target?: Id | null; formats?: string[] | null }
type Message = { id: Id; target?: Id | null; status?: string }
type Slot = { at: string; local: string }

export type PostPlan = { target: Id; phase: Id; message: Id; format: string; publishAt: string }

export type PreparedPosts = { drafts: Id[]; inReview: Id[] }

const list = async <T>({ session, path }: { session: Session; path: string }) =>
  (await ok<{ docs: T[] }>({ session, path })).docs

/** The local day after a slot's (`yyyy-MM-dd HH:mm` in the plan's timezone), as `next-slots` reads `from`. */
const dayAfter = (local: string) => {
  const day = new Date(`${local.slice(0, 10)}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + 1)
  return day.toISOString().slice(0, 10)
}

/**
 * Compliant post plans: for every phase with an active message, the next instant `next-slots`
 * offers, one post per target and local day so that no two compete for a day when submitted;
 * round after round, each pair asking again from the day after its last slot.
 */
export const planPosts = async ({
  session,
  count,
}: {
  session: Session
  count: number
}): Promise<PostPlan[]> => {
  // Always with the token: anonymous reads of the editorial line may be refused.
  const targets = await list<Target>({ session, path: '/api/targets?depth=0&limit=100' })
  const phases = await list<Phase>({ session, path: '/api/phases?depth=0&limit=100' })
  const pairs: { target: Id; phase: Id; message: Id; format: string; from?: string }[] = []
  for (const phase of phases) {
    if (!targets.some((target) => target.id === phase.target)) continue
    const messages = await list<Message>({
      session,
      path: `/api/messages?depth=0&limit=100&where[phase][equals]=${phase.id}`,
    })
    const message = messages.find((each) => each.status === 'active')
    if (message)
      pairs.push({
        target: phase.target!,
        phase: phase.id,
        message: message.id,
        format: phase.formats?.[0] ?? 'text',
      })
  }
  const taken = new Set<string>()
  const plans: PostPlan[] = []
  for (let progress = true; progress && plans.length < count;) {
    progress = false
    for (const pair of pairs) {
      if (plans.length >= count) break
      const query =
        `target=${pair.target}&phase=${pair.phase}&message=${pair.message}&format=${pair.format}&count=10` +
        (pair.from ? `&from=${pair.from}` : '')
      const { slots } = await ok<{ slots: Slot[] }>({ session, path: `/api/posts/next-slots?${query}` })
      const slot = slots.find((each) => !taken.has(`${pair.target}:${each.local.slice(0, 10)}`))
      if (!slot) continue
      taken.add(`${pair.target}:${slot.local.slice(0, 10)}`)
      pair.from = dayAfter(slot.local)
      const { target, phase, message, format } = pair
      plans.push({ target, phase, message, format, publishAt: slot.at })
      progress = true
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
      body: { ...plan, title: `Crash test post ${index + 1}` },
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
  /** When the first and the last of those answers came, in ms after the burst started. */
  firstAnswerMs: null | number
  lastAnswerMs: null | number
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
  let firstAnswerMs: null | number = null
  let lastAnswerMs: null | number = null
  const started = Date.now()
  const inFlight = requests.map(({ session, id, status }) =>
    call({ session, method: 'PATCH', path: `/api/posts/${id}?depth=0`, body: { status } }).then(
      ({ status: code }) => {
        if (killed) return
        lastAnswerMs = Date.now() - started
        firstAnswerMs ??= lastAnswerMs
        answered.total++
        if (code < 300) answered.ok++
        else if (code < 500) answered.refused++
        else answered.failed++
      },
      // Cut off by the kill: no answer.
      () => undefined,
    ),
  )
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, killAfterMs - (Date.now() - started))))
  killed = true
  await kill()
  await Promise.allSettled(inFlight)
  return { requests: requests.length, answered, firstAnswerMs, lastAnswerMs }
}
