import { describe, expect, it } from 'vitest'

import { composeDigest } from './composeDigest.js'

const line = (
  title: string,
  status: 'approved' | 'changes_requested' | 'in_review',
  slot: null | string,
) => ({
  title,
  status,
  slot,
  link: `https://cms.test/admin/collections/posts/${title.length}`,
})

describe('composeDigest', () => {
  it('lists the week’s posts and what waits for the recipient, with what to do and the links, in French', () => {
    const message = composeDigest({
      language: 'fr',
      week: '04/01/2027',
      posts: [
        line('Lundi <b>', 'approved', '04/01/2027 09:00'),
        line('Mardi', 'in_review', '05/01/2027 09:00'),
      ],
      waiting: [{ ...line('Mardi', 'in_review', null), reason: 'review' }],
    })
    expect(message.subject).toBe('Votre semaine éditoriale du 04/01/2027')
    expect(message.text).toContain('- 04/01/2027 09:00 — Lundi <b> (approuvé)')
    expect(message.text).toContain('- 05/01/2027 09:00 — Mardi (en relecture)')
    expect(message.text).toContain(
      'Ce qui vous attend : \n- Mardi : à relire\n  https://cms.test/admin/collections/posts/5',
    )
    expect(message.html).toContain('Lundi &#60;b&#62;')
    expect(message.html).toContain(
      '<a href="https://cms.test/admin/collections/posts/5">Mardi : à relire</a>',
    )
  })

  it('says when the week is empty and nothing waits, in English', () => {
    const message = composeDigest({ language: 'en', week: '01/04/2027', posts: [], waiting: [] })
    expect(message.subject).toBe('Your editorial week of 01/04/2027')
    expect(message.text).toContain('No post planned this week.')
    expect(message.text).toContain('Nothing waits for you.')
  })
})
