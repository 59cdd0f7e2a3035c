import { describe, expect, it } from 'vitest'

import type { Person } from './chooseRecipients.js'

import { type DigestPost, planDigests } from './planDigests.js'

const person = (id: number, roles: Person['roles'], extra: Partial<Person> = {}): Person => ({
  id,
  email: `p${id}@test.local`,
  roles,
  ...extra,
})
const post = (
  id: number,
  status: DigestPost['status'],
  author: number,
  reviewer: null | number = null,
): DigestPost => ({
  id,
  title: `Post ${id}`,
  status,
  publishAt: null,
  author,
  reviewer,
})

describe('planDigests', () => {
  const people = [
    person(1, ['editor']),
    person(2, ['approver']),
    person(3, ['approver', 'editor'], { notifications: { language: 'en' } }),
    person(4, ['admin']),
    person(5, ['publisher']),
    person(6, ['editor'], { notifications: { digest: false } }),
    person(7, ['approver'], { email: null }),
  ]
  const pending = [
    post(10, 'in_review', 1),
    post(11, 'in_review', 1, 2),
    post(12, 'in_review', 3),
    post(13, 'changes_requested', 1),
    post(14, 'changes_requested', 3),
  ]
  const plans = planDigests({ people, pending, defaultLanguage: 'fr' })
  const waitingOf = (id: number) =>
    plans
      .find((plan) => plan.recipient.id === id)!
      .waiting.map(({ post: { id: postId }, reason }) => `${postId}:${reason}`)

  it('goes to every editor and approver with an address who has not turned it off, in their language', () => {
    expect(plans.map(({ recipient }) => recipient)).toEqual([
      { id: 1, email: 'p1@test.local', language: 'fr' },
      { id: 2, email: 'p2@test.local', language: 'fr' },
      { id: 3, email: 'p3@test.local', language: 'en' },
    ])
  })

  it('lists what waits for each: the reviews they may do (not theirs, named to them or no one), their posts sent back', () => {
    expect(waitingOf(1)).toEqual(['13:changesRequested'])
    expect(waitingOf(2)).toEqual(['10:review', '11:review', '12:review'])
    expect(waitingOf(3)).toEqual(['10:review', '14:changesRequested'])
  })
})
