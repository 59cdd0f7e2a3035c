import type { PostStatus } from '../constants.js'
import type { Message } from './composeMessage.js'
import type { NotificationLanguage } from './notificationKinds.js'
import type { WaitingReason } from './planDigests.js'

export type DigestLine = { title: string; link: string; slot: null | string; status: PostStatus }

const WORDING = {
  fr: {
    subject: (week: string) => `Votre semaine éditoriale du ${week}`,
    week: 'Les posts de la semaine',
    noPosts: 'Aucun post prévu cette semaine.',
    waiting: 'Ce qui vous attend',
    nothingWaiting: 'Rien ne vous attend.',
    review: 'à relire',
    changesRequested: 'modifications demandées : à reprendre puis renvoyer en relecture',
    noSlot: 'sans créneau',
    status: {
      draft: 'brouillon',
      in_review: 'en relecture',
      changes_requested: 'modifications demandées',
      approved: 'approuvé',
      published: 'publié',
    },
  },
  en: {
    subject: (week: string) => `Your editorial week of ${week}`,
    week: 'This week’s posts',
    noPosts: 'No post planned this week.',
    waiting: 'What waits for you',
    nothingWaiting: 'Nothing waits for you.',
    review: 'to review',
    changesRequested: 'changes requested: rework it, then send it back to review',
    noSlot: 'no slot',
    status: {
      draft: 'draft',
      in_review: 'in review',
      changes_requested: 'changes requested',
      approved: 'approved',
      published: 'published',
    },
  },
} satisfies Record<NotificationLanguage, unknown>

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

/**
 * The weekly digest, in the recipient's language, as text and HTML: the week's posts (slot, title,
 * status) and what waits for the recipient (what to do, with the link to each post).
 */
export const composeDigest = ({
  language,
  week,
  posts,
  waiting,
}: {
  language: NotificationLanguage
  /** The week's Monday as people read it. */
  week: string
  posts: readonly DigestLine[]
  waiting: readonly (DigestLine & { reason: WaitingReason })[]
}): Message => {
  const words = WORDING[language]
  const colon = language === 'fr' ? ' : ' : ': '
  const weekLines = posts.map(
    (post) => `${post.slot ?? words.noSlot} — ${post.title} (${words.status[post.status]})`,
  )
  const waitingLines = waiting.map((post) => `${post.title}${colon}${words[post.reason]}`)
  const text = [
    `${words.week}${colon}`,
    ...(weekLines.length ? weekLines.map((line) => `- ${line}`) : [words.noPosts]),
    '',
    `${words.waiting}${colon}`,
    ...(waiting.length
      ? waitingLines.map((line, index) => `- ${line}\n  ${waiting[index].link}`)
      : [words.nothingWaiting]),
  ].join('\n')
  const list = (lines: string[], links: string[], empty: string) =>
    lines.length
      ? [
          '<ul>',
          ...lines.map(
            (line, index) => `<li><a href="${escapeHtml(links[index])}">${escapeHtml(line)}</a></li>`,
          ),
          '</ul>',
        ]
      : [`<p>${escapeHtml(empty)}</p>`]
  const html = [
    `<h2>${escapeHtml(words.week)}</h2>`,
    ...list(
      weekLines,
      posts.map((post) => post.link),
      words.noPosts,
    ),
    `<h2>${escapeHtml(words.waiting)}</h2>`,
    ...list(
      waitingLines,
      waiting.map((post) => post.link),
      words.nothingWaiting,
    ),
  ].join('\n')
  return { subject: words.subject(week), text, html }
}
