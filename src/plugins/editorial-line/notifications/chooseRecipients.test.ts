import { describe, expect, it } from 'vitest'

import { chooseRecipients, type Person } from './chooseRecipients.js'

const people: Person[] = [
  { id: 1, email: 'author@x.fr', roles: ['editor'] },
  { id: 2, email: 'approver@x.fr', roles: ['approver'], notifications: { language: 'en' } },
  { id: 3, email: 'admin@x.fr', roles: ['admin'] },
  { id: 4, email: 'editor@x.fr', roles: ['editor'] },
  { id: 5, email: 'quiet@x.fr', roles: ['approver'], notifications: { review: false } },
  { id: 6, email: 'bot@x.fr', roles: ['publisher'] },
  { id: 7, email: 'authorapprover@x.fr', roles: ['approver'] },
]
const ids = (list: { id: unknown }[]) => list.map((person) => person.id)

describe('chooseRecipients', () => {
  it('asks every approver and admin but the author when no reviewer is named, skipping those who opted out', () => {
    expect(
      ids(chooseRecipients({ kind: 'review', people, author: 7, reviewer: null, defaultLanguage: 'fr' })),
    ).toEqual([2, 3])
  })

  it('asks only the named reviewer', () => {
    expect(
      chooseRecipients({ kind: 'review', people, author: 1, reviewer: '2', defaultLanguage: 'fr' }),
    ).toEqual([{ id: 2, email: 'approver@x.fr', language: 'en' }])
    // A reviewer who turned reviews off is not told; the others are not told instead.
    expect(
      chooseRecipients({ kind: 'review', people, author: 1, reviewer: 5, defaultLanguage: 'fr' }),
    ).toEqual([])
  })

  it('tells the author of changes requested and approvals, in their language or the default one', () => {
    for (const kind of ['changesRequested', 'approved'] as const) {
      expect(chooseRecipients({ kind, people, author: 1, reviewer: 2, defaultLanguage: 'en' })).toEqual([
        { id: 1, email: 'author@x.fr', language: 'en' },
      ])
    }
    const optedOut = [
      { id: 1, email: 'a@x.fr', roles: ['editor' as const], notifications: { approved: false } },
    ]
    expect(
      chooseRecipients({
        kind: 'approved',
        people: optedOut,
        author: 1,
        reviewer: null,
        defaultLanguage: 'fr',
      }),
    ).toEqual([])
    expect(
      chooseRecipients({
        kind: 'changesRequested',
        people: optedOut,
        author: 1,
        reviewer: null,
        defaultLanguage: 'fr',
      }),
    ).toHaveLength(1)
  })

  it('skips people without an address and names each person once', () => {
    const twice: Person[] = [
      { id: 2, email: ' ', roles: ['approver'] },
      { id: 3, email: 'admin@x.fr', roles: ['admin', 'approver'] },
      { id: 3, email: 'admin@x.fr', roles: ['admin'] },
    ]
    expect(
      ids(
        chooseRecipients({ kind: 'review', people: twice, author: 1, reviewer: null, defaultLanguage: 'fr' }),
      ),
    ).toEqual([3])
  })
})
