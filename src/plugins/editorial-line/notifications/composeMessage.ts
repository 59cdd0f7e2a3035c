import type { NotificationLanguage, PostNotificationKind } from './notificationKinds.js'

export type MessageFacts = {
  title: string
  /** The post in the admin, absolute. */
  link: string
  /** The slot in the plan's timezone, as people read it (`null` without a date). */
  slot: null | string
  target: null | string
  phase: null | string
  /** The reviewer's comment (changes requested). */
  comment: null | string
}

export type Message = { subject: string; text: string; html: string }

type Wording = {
  subject: (title: string) => string
  /** What happened. */
  lead: string
  /** What to do now. */
  todo: string
}

const WORDING: Record<
  NotificationLanguage,
  Record<PostNotificationKind, Wording> &
    Record<'slot' | 'target' | 'phase' | 'comment' | 'open' | 'none', string>
> = {
  fr: {
    review: {
      subject: (title) => `À relire : ${title}`,
      lead: 'Un post attend votre relecture.',
      todo: 'Relisez-le, puis approuvez-le ou demandez des modifications.',
    },
    changesRequested: {
      subject: (title) => `Modifications demandées : ${title}`,
      lead: 'Le relecteur demande des modifications sur votre post.',
      todo: 'Faites les modifications, puis renvoyez-le en relecture.',
    },
    approved: {
      subject: (title) => `Approuvé : ${title}`,
      lead: 'Votre post est approuvé.',
      todo: 'Rien à faire : il partira à son créneau.',
    },
    reminder: {
      subject: (title) => `Rappel, à approuver avant son créneau : ${title}`,
      lead: 'Ce post attend toujours sa relecture, et son créneau approche.',
      todo: 'Approuvez-le ou demandez des modifications avant le créneau ; sinon il sera renvoyé à son auteur.',
    },
    slotPassed: {
      subject: (title) => `Créneau passé sans approbation : ${title}`,
      lead: 'Le créneau de votre post est passé avant son approbation : il vous est renvoyé.',
      todo: 'Choisissez un nouveau créneau, puis renvoyez-le en relecture.',
    },
    overdue: {
      subject: (title) => `Publication en retard : ${title}`,
      lead: 'Ce post approuvé n’est pas signalé publié, alors que son créneau est passé.',
      todo: 'Vérifiez l’outil de publication, puis marquez le post publié avec son URL.',
    },
    slot: 'Créneau',
    target: 'Cible',
    phase: 'Phase',
    comment: 'Commentaire du relecteur',
    open: 'Ouvrir le post',
    none: '—',
  },
  en: {
    review: {
      subject: (title) => `To review: ${title}`,
      lead: 'A post waits for your review.',
      todo: 'Review it, then approve it or request changes.',
    },
    changesRequested: {
      subject: (title) => `Changes requested: ${title}`,
      lead: 'The reviewer requests changes to your post.',
      todo: 'Make the changes, then send it back to review.',
    },
    approved: {
      subject: (title) => `Approved: ${title}`,
      lead: 'Your post is approved.',
      todo: 'Nothing to do: it goes out at its slot.',
    },
    reminder: {
      subject: (title) => `Reminder, to approve before its slot: ${title}`,
      lead: 'This post still waits for review, and its slot is near.',
      todo: 'Approve it or request changes before the slot; otherwise it goes back to its author.',
    },
    slotPassed: {
      subject: (title) => `Slot passed before approval: ${title}`,
      lead: 'Your post’s slot passed before it was approved: it is sent back to you.',
      todo: 'Choose a new slot, then send it back to review.',
    },
    overdue: {
      subject: (title) => `Publication overdue: ${title}`,
      lead: 'This approved post is not reported published, although its slot has passed.',
      todo: 'Check the publishing tool, then mark the post published with its URL.',
    },
    slot: 'Slot',
    target: 'Target',
    phase: 'Phase',
    comment: 'Reviewer’s comment',
    open: 'Open the post',
    none: '—',
  },
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

/**
 * One message, in the recipient's language, as text and HTML: what happened, what to do, the
 * post's slot, target and phase, the reviewer's comment when there is one, and the link to the post.
 */
export const composeMessage = ({
  kind,
  language,
  facts,
}: {
  kind: PostNotificationKind
  language: NotificationLanguage
  facts: MessageFacts
}): Message => {
  const words = WORDING[language]
  const wording = words[kind]
  const details: [string, string][] = [
    [words.slot, facts.slot ?? words.none],
    [words.target, facts.target ?? words.none],
    [words.phase, facts.phase ?? words.none],
    ...(facts.comment ? ([[words.comment, facts.comment]] as [string, string][]) : []),
  ]
  // French puts a space before the colon; the quotes differ too.
  const colon = language === 'fr' ? ' : ' : ': '
  const quoted = language === 'fr' ? `« ${facts.title} »` : `“${facts.title}”`
  const text = [
    wording.lead,
    '',
    quoted,
    ...details.map(([name, value]) => `${name}${colon}${value}`),
    '',
    wording.todo,
    `${words.open}${colon}${facts.link}`,
  ].join('\n')
  const html = [
    `<p>${escapeHtml(wording.lead)}</p>`,
    `<p><strong>${escapeHtml(facts.title)}</strong></p>`,
    '<ul>',
    ...details.map(([name, value]) => `<li>${escapeHtml(name)}${colon}${escapeHtml(value)}</li>`),
    '</ul>',
    `<p>${escapeHtml(wording.todo)}</p>`,
    `<p><a href="${escapeHtml(facts.link)}">${escapeHtml(words.open)}</a></p>`,
  ].join('\n')
  return { subject: wording.subject(facts.title), text, html }
}
