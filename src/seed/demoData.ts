import type { Format, PhaseKey, PostStatus, Role } from 'payload-plugin-editorial-line'

/**
 * The demo's people and posts, as data: who signs in, and forty posts of January–June 2026 with the
 * statuses they reach. `demo.ts` is the procedure that writes them.
 */

export const demoUsers: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@qalia.local', name: 'Alex Admin', roles: ['admin'] },
  { email: 'approver@qalia.local', name: 'Camille Approbatrice', roles: ['approver'] },
  { email: 'editor@qalia.local', name: 'Léa Rédactrice', roles: ['editor'] },
  { email: 'publisher@qalia.local', name: 'Robot de diffusion', roles: ['publisher'] },
]

/** The statuses a demo post goes through, each by the demo account whose job it is. */
export const DEMO_WALKS: Record<PostStatus, { status: PostStatus; by: string; reviewComment?: string }[]> = {
  draft: [],
  in_review: [{ status: 'in_review', by: 'editor@qalia.local' }],
  changes_requested: [
    { status: 'in_review', by: 'editor@qalia.local' },
    {
      status: 'changes_requested',
      by: 'approver@qalia.local',
      reviewComment: 'Le témoignage doit citer un coach réel : pouvez-vous en trouver un ?',
    },
  ],
  approved: [
    { status: 'in_review', by: 'editor@qalia.local' },
    { status: 'approved', by: 'approver@qalia.local' },
  ],
  published: [
    { status: 'in_review', by: 'editor@qalia.local' },
    { status: 'approved', by: 'approver@qalia.local' },
    { status: 'published', by: 'publisher@qalia.local' },
  ],
}

export type DemoPost = {
  /** Local date and time in the plan timezone: `YYYY-MM-DD HH:mm`. */
  at: string
  target: string
  phase: PhaseKey
  /** Index of the message within its phase's key messages. */
  message: number
  format: Format
  /** The channel's slug; none: LinkedIn, every phase's first in QALIA's reading. */
  channel?: string
  status: PostStatus
  title: string
}

/**
 * Forty posts from January to June 2026 that follow the editorial line: each in its target's or
 * phase's window, inside its phase's months, with an active message, a fitting format, the
 * monthly mix roughly respected and no post for a gated target before its gate.
 */
export const demoPosts: DemoPost[] = [
  // January: OF awareness (Tue/Thu 08:30–09:30), Coachs awareness (weekend 09:00–11:00)
  {
    at: '2026-01-06 08:45',
    target: 'of',
    phase: 'awareness',
    message: 0,
    format: 'text',
    status: 'published',
    title: '40 heures par mois de Qualiopi : vous n’êtes pas seul·e',
  },
  {
    at: '2026-01-08 09:00',
    target: 'of',
    phase: 'awareness',
    message: 1,
    format: 'carousel',
    status: 'published',
    title: 'RNCP : quand les codes changent sans prévenir',
  },
  {
    at: '2026-01-13 08:45',
    target: 'of',
    phase: 'awareness',
    message: 2,
    format: 'text',
    status: 'published',
    title: '23 h, un dossier à rendre, personne pour relire',
  },
  {
    at: '2026-01-15 09:00',
    target: 'of',
    phase: 'awareness',
    message: 0,
    format: 'carousel',
    status: 'published',
    title: 'Où partent vos heures Qualiopi ? Cinq postes passés au crible',
  },
  {
    at: '2026-01-17 10:00',
    target: 'coachs',
    phase: 'awareness',
    message: 0,
    format: 'text',
    status: 'published',
    title: 'Coachs : une offre structurée qui inspire confiance',
  },
  {
    at: '2026-01-20 08:45',
    target: 'of',
    phase: 'awareness',
    message: 1,
    format: 'text',
    status: 'published',
    title: 'Veille RNCP : le travail invisible des formateurs',
  },
  {
    at: '2026-01-22 09:00',
    target: 'of',
    phase: 'awareness',
    message: 2,
    format: 'carousel',
    status: 'published',
    title: 'Seul·e face à l’audit : quatre situations que vous reconnaîtrez',
  },
  // February: OF awareness and consideration (Tue/Thu/Sat), Coachs awareness
  {
    at: '2026-02-03 08:45',
    target: 'of',
    phase: 'awareness',
    message: 0,
    format: 'text',
    status: 'published',
    title: 'Février, le pic de paperasse Qualiopi',
  },
  {
    at: '2026-02-05 09:00',
    target: 'of',
    phase: 'consideration',
    message: 0,
    format: 'testimonial',
    status: 'published',
    title: 'Copilote ou pilote automatique ? Ce que l’IA ne fera pas à votre place',
  },
  {
    at: '2026-02-10 08:45',
    target: 'of',
    phase: 'awareness',
    message: 2,
    format: 'carousel',
    status: 'published',
    title: 'Ce que personne ne vous dit sur la préparation d’audit',
  },
  {
    at: '2026-02-12 09:00',
    target: 'of',
    phase: 'consideration',
    message: 1,
    format: 'short-video',
    status: 'published',
    title: 'Partagé, pas remplacé : votre expertise reste au centre',
  },
  {
    at: '2026-02-14 09:00',
    target: 'of',
    phase: 'consideration',
    message: 2,
    format: 'testimonial',
    status: 'published',
    title: 'De dix jours à deux heures : le témoignage d’une responsable pédagogique',
  },
  {
    at: '2026-02-19 09:00',
    target: 'of',
    phase: 'awareness',
    message: 1,
    format: 'text',
    status: 'published',
    title: 'Codes RNCP : trois réflexes pour ne plus être pris de court',
  },
  {
    at: '2026-02-21 10:30',
    target: 'coachs',
    phase: 'awareness',
    message: 1,
    format: 'text',
    status: 'published',
    title: 'De l’intuition à la méthode : structurer son accompagnement',
  },
  // March: OF consideration and decision, Coachs consideration, Auditeurs from month 3 (Wed 10:00–12:00)
  {
    at: '2026-03-03 08:45',
    target: 'of',
    phase: 'consideration',
    message: 0,
    format: 'short-video',
    status: 'published',
    title: 'L’IA comme copilote : démonstration en 90 secondes',
  },
  {
    at: '2026-03-05 09:00',
    target: 'of',
    phase: 'decision',
    message: 0,
    format: 'comparison',
    status: 'published',
    title: 'Moins de 300 € par mois pour une ingénierie complète : le calcul',
  },
  {
    at: '2026-03-07 09:15',
    target: 'of',
    phase: 'consideration',
    message: 2,
    format: 'testimonial',
    status: 'published',
    title: '« Deux heures au lieu de dix jours » : retour d’un organisme',
  },
  {
    at: '2026-03-10 14:00',
    target: 'of',
    phase: 'decision',
    message: 1,
    format: 'case-study',
    status: 'published',
    title: 'Une ingénierie bouclée en mangeant un carry',
  },
  {
    at: '2026-03-11 10:30',
    target: 'auditeurs',
    phase: 'awareness',
    message: 0,
    format: 'text',
    status: 'published',
    title: 'Et si QALIA servait aussi aux auditeurs ?',
  },
  {
    at: '2026-03-14 10:00',
    target: 'coachs',
    phase: 'consideration',
    message: 0,
    format: 'testimonial',
    status: 'published',
    title: 'Coachs : l’IA comme copilote de votre méthode',
  },
  {
    at: '2026-03-31 08:45',
    target: 'of',
    phase: 'decision',
    message: 2,
    format: 'case-study',
    status: 'published',
    title: 'Trois weekends en famille récupérés',
  },
  // April: OF decision and retention (at most 4 a month), Coachs decision, Auditeurs consideration
  {
    at: '2026-04-02 09:00',
    target: 'of',
    phase: 'decision',
    message: 0,
    format: 'comparison',
    status: 'published',
    title: 'Tableur, consultant ou QALIA : le comparatif honnête',
  },
  {
    at: '2026-04-07 07:30',
    target: 'of',
    phase: 'retention',
    message: 0,
    format: 'product-news',
    // The monthly newsletter's slot (Tuesday 07:00–08:00): the demo uses both of QALIA's channels.
    channel: 'newsletter',
    status: 'published',
    title: 'Nouveau : la veille RNCP directement dans QALIA',
  },
  {
    at: '2026-04-14 11:00',
    target: 'of',
    phase: 'decision',
    message: 2,
    format: 'case-study',
    status: 'published',
    title: 'Cas client : un audit préparé sans sacrifier ses weekends',
  },
  {
    at: '2026-04-15 10:30',
    target: 'auditeurs',
    phase: 'consideration',
    message: 0,
    format: 'text',
    status: 'published',
    title: 'Moins de friction, plus de qualité : le point de vue de l’audit',
  },
  {
    at: '2026-04-16 09:00',
    target: 'of',
    phase: 'retention',
    message: 1,
    format: 'behind-the-scenes',
    status: 'published',
    title: 'Ce que font les meilleurs utilisateurs de QALIA',
  },
  {
    at: '2026-04-18 10:00',
    target: 'coachs',
    phase: 'decision',
    message: 0,
    format: 'case-study',
    status: 'published',
    title: 'Coachs : trois weekends récupérés, sans perdre en qualité',
  },
  {
    at: '2026-04-23 08:45',
    target: 'of',
    phase: 'retention',
    message: 2,
    format: 'behind-the-scenes',
    status: 'published',
    title: 'Dans les coulisses du Cercle Pionnier',
  },
  // May: OF retention (4, the cap), Coachs retention, Auditeurs decision
  {
    at: '2026-05-05 07:30',
    target: 'of',
    phase: 'retention',
    message: 0,
    format: 'product-news',
    // The monthly newsletter's slot (Tuesday 07:00–08:00): the demo uses both of QALIA's channels.
    channel: 'newsletter',
    status: 'published',
    title: 'Nouveauté de mai : les modèles de programmes partagés',
  },
  {
    at: '2026-05-12 09:00',
    target: 'of',
    phase: 'retention',
    message: 1,
    format: 'behind-the-scenes',
    status: 'published',
    title: 'Trois astuces des utilisateurs les plus avancés',
  },
  {
    at: '2026-05-16 09:30',
    target: 'coachs',
    phase: 'retention',
    message: 0,
    format: 'product-news',
    status: 'published',
    title: 'Coachs : ce qui change pour vous ce mois-ci',
  },
  {
    at: '2026-05-19 08:45',
    target: 'of',
    phase: 'retention',
    message: 2,
    format: 'behind-the-scenes',
    status: 'published',
    title: 'Cercle Pionnier : ce que vos retours ont changé',
  },
  {
    at: '2026-05-20 11:00',
    target: 'auditeurs',
    phase: 'decision',
    message: 0,
    format: 'text',
    status: 'published',
    title: 'Auditeurs et QALIA : un partenariat, pas une vente',
  },
  {
    at: '2026-05-28 09:00',
    target: 'of',
    phase: 'retention',
    message: 0,
    format: 'product-news',
    status: 'published',
    title: 'Nouvelle fonctionnalité : l’export des preuves par indicateur',
  },
  // June: the review pipeline in every state
  {
    at: '2026-06-02 08:45',
    target: 'of',
    phase: 'retention',
    message: 1,
    format: 'behind-the-scenes',
    status: 'approved',
    title: 'Comment nos utilisateurs préparent la rentrée',
  },
  {
    at: '2026-06-10 10:30',
    target: 'auditeurs',
    phase: 'awareness',
    message: 0,
    format: 'text',
    status: 'in_review',
    title: 'Auditeurs : un outil commun, moins d’allers-retours',
  },
  {
    at: '2026-06-11 09:00',
    target: 'of',
    phase: 'advocacy',
    message: 0,
    format: 'interview',
    status: 'approved',
    title: 'Merci aux fondateurs : ils ont construit QALIA avec nous',
  },
  {
    at: '2026-06-16 08:45',
    target: 'of',
    phase: 'retention',
    message: 0,
    format: 'product-news',
    status: 'in_review',
    title: 'Nouveau : le tableau de bord de vos indicateurs',
  },
  {
    at: '2026-06-20 10:00',
    target: 'coachs',
    phase: 'advocacy',
    message: 0,
    format: 'interview',
    status: 'changes_requested',
    title: 'Coachs : vos retours construisent QALIA',
  },
  {
    at: '2026-06-25 09:15',
    target: 'of',
    phase: 'advocacy',
    message: 1,
    format: 'co-creation',
    status: 'draft',
    title: 'Vos retours construisent QALIA : la feuille de route co-écrite',
  },
]

/**
 * Plausible LinkedIn results for the published demo post at `index` (deterministic, so that the
 * results page shows the same figures on every first start): 600–3,600 impressions, an engagement
 * rate of about 1.5–7 % and a click rate of about 0.5–2.5 %, varying from post to post.
 */
export const demoMetrics = (index: number) => {
  const spread = (seed: number, modulo: number) => ((index + 1) * seed) % modulo
  const impressions = 600 + spread(977, 3000)
  const engaged = Math.round((impressions * (15 + spread(37, 55))) / 1000)
  const comments = Math.max(1, Math.round(engaged * 0.15))
  const shares = Math.max(0, Math.round(engaged * 0.08))
  return {
    impressions,
    reactions: engaged - comments - shares,
    comments,
    shares,
    clicks: Math.round((impressions * (5 + spread(23, 20))) / 1000),
  }
}

/** The first month after the document's posts: the living demo never writes into January–June 2026. */
export const LIVING_DEMO_FIRST_MONTH = '2026-07'
/** How far ahead of the seeding day the living demo writes posts. */
export const LIVING_DEMO_DAYS_AHEAD = 42
/** Posts up to this many days ahead are approved; later ones are still in the review pipeline. */
export const LIVING_DEMO_APPROVED_DAYS = 14

const DAY_MS = 24 * 60 * 60 * 1000

const livingTitles: Record<string, string[]> = {
  'of.advocacy': [
    'Ils ont construit QALIA avec nous : portrait d’une directrice d’organisme',
    'Atelier de co-création : vos idées pour le prochain trimestre',
    'Merci aux fondateurs : un an de retours qui ont changé le produit',
    'Racontez votre audit réussi : l’appel à témoignages est ouvert',
    'Entretien : « J’ai retrouvé mes soirées »',
    'Feuille de route : ce que vos retours ont décidé ce mois-ci',
  ],
  'coachs.advocacy': [
    'Coachs : ce que vos retours ont changé dans QALIA',
    'Entretien avec une coach : structurer son offre, un an après',
    'Atelier coachs : la méthode que vous avez co-écrite',
  ],
  'auditeurs.awareness': ['Et si les OF et les auditeurs parlaient le même langage ?'],
  'auditeurs.consideration': ['Moins de friction, plus de qualité : un audit vu des deux côtés'],
  'auditeurs.decision': ['Auditeurs : construire un partenariat, pas une vente'],
}

/** `YYYY-MM-DD` and weekday of a calendar day `offset` days after a `YYYY-MM-DD` day. */
const calendarDay = (day: string, offset: number) => {
  const [year, month, date] = day.split('-').map(Number)
  const utc = new Date(Date.UTC(year, month - 1, date + offset))
  return { day: utc.toISOString().slice(0, 10), weekday: utc.getUTCDay(), date: utc.getUTCDate() }
}

/** The calendar day of an instant on a wall clock in `timezone`, as `YYYY-MM-DD`. */
const localDay = ({ instant, timezone }: { instant: Date; timezone: string }) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant)

/**
 * The demo posts that make the demo live on the day it is seeded (`today`): from the first day of
 * the month before `today`'s (never before July 2026, the month after the document's posts) up to
 * six weeks after `today`, on the phases in season then (OF and Coachs advocacy, the three
 * Auditeurs phases; Certificateurs wait for their prerequisite, Ministères for 100 active clients):
 * OF every Tuesday and Thursday, Auditeurs the first and third Wednesday, Coachs the second and
 * fourth Saturday of each month, a share of each month that June's plan row (in force after it)
 * accepts. Posts before `today` are published, the next two weeks approved, later ones in review,
 * sent back for changes or draft. `instantOf` reads a local `at` in the plan timezone.
 */
export const livingDemoPosts = ({
  today,
  timezone,
  instantOf,
}: {
  today: Date
  timezone: string
  instantOf: (local: string) => string
}): DemoPost[] => {
  const todayDay = localDay({ instant: today, timezone })
  const [year, month] = todayDay.split('-').map(Number)
  const previousMonth = new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 10)
  const firstDay =
    previousMonth < `${LIVING_DEMO_FIRST_MONTH}-01` ? `${LIVING_DEMO_FIRST_MONTH}-01` : previousMonth
  const lastDay = calendarDay(todayDay, LIVING_DEMO_DAYS_AHEAD).day
  const approvedUntil = today.getTime() + LIVING_DEMO_APPROVED_DAYS * DAY_MS
  const pipeline: PostStatus[] = ['in_review', 'changes_requested', 'in_review', 'draft']
  const used: Record<string, number> = {}
  const posts: DemoPost[] = []
  const add = (post: Omit<DemoPost, 'status' | 'title'>) => {
    const key = `${post.target}.${post.phase}`
    const count = (used[key] = (used[key] ?? 0) + 1)
    const titles = livingTitles[key]
    const instant = Date.parse(instantOf(post.at))
    const status: PostStatus =
      instant <= today.getTime()
        ? 'published'
        : instant <= approvedUntil
          ? 'approved'
          : pipeline[
              posts.filter((other) => Date.parse(instantOf(other.at)) > approvedUntil).length %
                pipeline.length
            ]
    posts.push({ ...post, status, title: titles[(count - 1) % titles.length] })
  }
  const auditeurPhases: PhaseKey[] = ['awareness', 'consideration', 'decision']
  for (let offset = 0; ; offset++) {
    const { day, weekday, date } = calendarDay(firstDay, offset)
    if (day > lastDay) break
    const week = Math.ceil(date / 7)
    const ofCount = used['of.advocacy'] ?? 0
    if (weekday === 2 || weekday === 4) {
      add({
        at: `${day} ${weekday === 2 ? '08:45' : '09:00'}`,
        target: 'of',
        phase: 'advocacy',
        message: ofCount % 2,
        format: ofCount % 2 === 0 ? 'interview' : 'co-creation',
      })
    } else if (weekday === 3 && (week === 1 || week === 3)) {
      const auditeurs =
        (used['auditeurs.awareness'] ?? 0) +
        (used['auditeurs.consideration'] ?? 0) +
        (used['auditeurs.decision'] ?? 0)
      add({
        at: `${day} 10:30`,
        target: 'auditeurs',
        phase: auditeurPhases[auditeurs % 3],
        message: 0,
        format: 'text',
      })
    } else if (weekday === 6 && (week === 2 || week === 4)) {
      const coachs = used['coachs.advocacy'] ?? 0
      add({
        at: `${day} 10:00`,
        target: 'coachs',
        phase: 'advocacy',
        message: 0,
        format: coachs % 2 === 0 ? 'interview' : 'co-creation',
      })
    }
  }
  return posts
}
