import { describe, expect, it } from 'vitest'

import { composeMessage } from './composeMessage.js'

const facts = {
  title: 'Nos 3 conseils <RGPD> & vous',
  link: 'https://cms.qalia.fr/admin/collections/posts/42',
  slot: '12/03/2026 09:00',
  target: 'DSI',
  phase: 'Awareness',
  comment: null,
}

describe('composeMessage', () => {
  it('says in French what happened, what to do, the slot, target, phase and the link', () => {
    const message = composeMessage({ kind: 'review', language: 'fr', facts })
    expect(message.subject).toBe('À relire : Nos 3 conseils <RGPD> & vous')
    expect(message.text).toContain('Un post attend votre relecture.')
    expect(message.text).toContain('approuvez-le ou demandez des modifications')
    expect(message.text).toContain('Créneau : 12/03/2026 09:00')
    expect(message.text).toContain('Cible : DSI')
    expect(message.text).toContain('Phase : Awareness')
    expect(message.text).toContain('Ouvrir le post : https://cms.qalia.fr/admin/collections/posts/42')
    expect(message.html).toContain(
      '<a href="https://cms.qalia.fr/admin/collections/posts/42">Ouvrir le post</a>',
    )
  })

  it('writes English, with the reviewer’s comment when changes are requested', () => {
    const message = composeMessage({
      kind: 'changesRequested',
      language: 'en',
      facts: { ...facts, comment: 'Cite the <source>.' },
    })
    expect(message.subject).toBe('Changes requested: Nos 3 conseils <RGPD> & vous')
    expect(message.text).toContain('Reviewer’s comment: Cite the <source>.')
    expect(message.text).toContain('send it back to review')
    expect(message.html).toContain('Cite the &#60;source&#62;.')
    expect(message.html).not.toContain('<RGPD>')
  })

  it('tells the author of an approval, and marks a missing slot', () => {
    const message = composeMessage({ kind: 'approved', language: 'en', facts: { ...facts, slot: null } })
    expect(message.subject).toBe('Approved: Nos 3 conseils <RGPD> & vous')
    expect(message.text).toContain('Slot: —')
    expect(message.text).not.toContain('comment')
  })
})
