import { describe, expect, it } from 'vitest'

import { type FeedPost, type PostEventLabels, postEvent } from './postEvent.js'

const labels: PostEventLabels = {
  fields: {
    target: 'Cible',
    phase: 'Phase',
    message: 'Message clé',
    format: 'Format',
    channel: 'Canal',
    status: 'Statut',
  },
  options: {
    format: { 'case-study': 'Étude de cas anonymisée' },
    status: { approved: 'Approuvé', published: 'Publié' },
  },
  line: ({ label, value }) => `${label} : ${value}`,
}

const post: FeedPost = {
  id: 12,
  title: 'Trois weekends en famille récupérés',
  body: {
    root: {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Premier paragraphe.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Second.' }] },
      ],
    },
  },
  target: { id: 1, name: 'Organismes de formation (OF)', slug: 'of' },
  phase: { id: 3, name: 'OF — Décision' },
  message: { id: 9, text: 'Trois weekends en famille récupérés' },
  format: 'case-study',
  channel: { id: 1, name: 'LinkedIn', slug: 'linkedin' },
  status: 'published',
  publishAt: '2026-03-31T06:45:00.000Z',
  publishedUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:42',
  updatedAt: '2026-03-31T07:00:00.000Z',
}

describe('postEvent', () => {
  it('makes the post an event: title, facts and body, target as category, URL once published', () => {
    expect(postEvent({ post, labels, domain: 'qalia.example' })).toEqual({
      uid: 'post-12@qalia.example',
      start: new Date('2026-03-31T06:45:00.000Z'),
      duration: 30,
      summary: 'Trois weekends en famille récupérés',
      description: [
        'Cible : Organismes de formation (OF)',
        'Phase : OF — Décision',
        'Message clé : Trois weekends en famille récupérés',
        'Format : Étude de cas anonymisée',
        'Canal : LinkedIn',
        'Statut : Publié',
        '',
        'Premier paragraphe.',
        '',
        'Second.',
      ].join('\n'),
      categories: ['Organismes de formation (OF)'],
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:42',
      attachments: [],
      lastModified: new Date('2026-03-31T07:00:00.000Z'),
    })
  })

  it('attaches the media the caller may read, in the post\'s order, by their absolute URL', () => {
    const event = postEvent({
      post: {
        ...post,
        media: [
          { id: 2, url: 'https://cms.example/api/media/file/slide-2.png', mimeType: 'image/png' },
          7, // a file the caller may not read comes back as its id
          { id: 1, url: 'https://cms.example/api/media/file/deck.pdf' },
          { id: 3, url: '/api/media/file/relative.png' },
        ],
      },
      labels,
      domain: 'qalia.example',
    })
    expect(event?.attachments).toEqual([
      'https://cms.example/api/media/file/slide-2.png',
      'https://cms.example/api/media/file/deck.pdf',
    ])
  })

  it('leaves out what the post lacks or what came back unpopulated', () => {
    const event = postEvent({
      post: {
        id: 'abc',
        title: 'Sans détails',
        target: 4,
        phase: null,
        format: 'unknown-format',
        publishAt: '2026-06-02T06:45:00.000Z',
        publishedUrl: 'javascript:alert(1)',
      },
      labels,
      domain: 'qalia.example',
    })
    expect(event).toMatchObject({
      uid: 'post-abc@qalia.example',
      description: 'Format : unknown-format',
      categories: [],
      url: undefined,
      lastModified: undefined,
    })
  })

  it('gives no event to a post without a readable publication date', () => {
    expect(postEvent({ post: { ...post, publishAt: null }, labels, domain: 'qalia.example' })).toBeNull()
    expect(postEvent({ post: { ...post, publishAt: 'soon' }, labels, domain: 'qalia.example' })).toBeNull()
  })
})
