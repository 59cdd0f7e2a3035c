import type { PhaseKey } from '../../constants.js'
import { qaliaChannels, qaliaPhaseChannels } from './qaliaChannels.js'
import type {
  EditorialLineData,
  MixSeed,
  PhaseSeed,
  TargetSeed,
  TimingSeed,
} from '../../seed/editorialLineData.js'

import { EVERY_DAY, targetProse, timingFromPhrase } from '../../seed/documentReadings.js'
import { qaliaCopyRules } from './qaliaCopyRules.js'

/**
 * QALIA's editorial line as data, from `shared/seeds/customer-journeys-qalia.md` ("Customer
 * Journeys par Cible", v1.0, janvier 2026) and the readings of `shared/docs/editorial-rules.md`.
 * Text stays in the customer's French. Lines marked "reading" interpret what the document leaves open;
 * the readings the document importer applies too are in `documentReadings.ts`, the one place both take them from.
 */

const phaseNames: Record<PhaseKey, string> = {
  awareness: 'Awareness',
  consideration: 'Consideration',
  decision: 'Decision',
  retention: 'Retention',
  advocacy: 'Advocacy',
}

const ofPhases: PhaseSeed[] = [
  {
    key: 'awareness',
    name: 'OF — Awareness',
    order: 1,
    months: { from: 1, to: 2 },
    clientState: 'Ne connaît pas QALIA, ressent la douleur Qualiopi',
    emotion: 'Frustration, fatigue',
    questions: ['Est-ce normal de passer autant de temps sur Qualiopi ?'],
    priorityContent: 'Éducation métier, validation de la douleur',
    formats: ['text', 'carousel'],
    timing: timingFromPhrase('Mardi/Jeudi 8h30 (avant formations)'),
    objective: 'Faire reconnaître la douleur, créer l’identification',
    messages: [
      { key: 'of.awareness.1', text: '40h/mois de paperasse Qualiopi. Ça vous parle ?' },
      { key: 'of.awareness.2', text: 'Les codes RNCP changent sans préavis' },
      { key: 'of.awareness.3', text: 'Personne pour valider à 23h' },
    ],
  },
  {
    key: 'consideration',
    name: 'OF — Consideration',
    order: 2,
    months: { from: 2, to: 3 },
    clientState: 'Compare les solutions, évalue les options',
    emotion: 'Curiosité prudente, scepticisme',
    questions: ['C’est quoi QALIA ?', 'C’est fiable ?', 'Ça remplace mon expertise ?'],
    priorityContent: 'Philosophie copilote, différenciation vs ChatGPT',
    formats: ['testimonial', 'short-video'],
    timing: timingFromPhrase('Mardi/Jeudi/Samedi'),
    objective: 'Différencier QALIA, rassurer sur la philosophie',
    messages: [
      { key: 'of.consideration.1', text: 'L’IA comme copilote, pas pilote automatique' },
      { key: 'of.consideration.2', text: 'Partagé. Pas remplacé.' },
      { key: 'of.consideration.3', text: '10 jours → 1-2 heures (témoignage anonymisé)' },
    ],
  },
  {
    key: 'decision',
    name: 'OF — Decision',
    order: 3,
    months: { from: 3, to: 4 },
    clientState: 'Prêt à agir, besoin de preuves finales',
    emotion: 'Urgence, besoin de confiance',
    questions: ['Ça vaut 297€/mois ?', 'ROI réel ?'],
    priorityContent: 'Témoignages avec chiffres, ROI, garanties',
    formats: ['case-study', 'comparison'],
    timing: timingFromPhrase('Tout jour, réactivité importante'),
    objective: 'Convertir, lever les dernières objections',
    messages: [
      { key: 'of.decision.1', text: 'Pour moins de 300€, une ingénierie complète' },
      { key: 'of.decision.2', text: 'Une ingénierie en mangeant un carry' },
      { key: 'of.decision.3', text: 'Trois weekends en famille récupérés' },
    ],
  },
  {
    key: 'retention',
    name: 'OF — Retention',
    order: 4,
    months: { from: 4, to: 6 },
    clientState: 'Client actif, utilise QALIA',
    emotion: 'Satisfaction, découverte continue',
    questions: ['Comment optimiser mon usage ?', 'Quoi de neuf ?'],
    priorityContent: 'Tips avancés, mises à jour, communauté',
    formats: ['behind-the-scenes', 'product-news'],
    timing: timingFromPhrase('Moins fréquent, qualité > quantité'),
    objective: 'Fidéliser, approfondir l’usage',
    messages: [
      { key: 'of.retention.1', text: 'Nouvelle fonctionnalité disponible' },
      { key: 'of.retention.2', text: 'Ce que font les meilleurs utilisateurs' },
      { key: 'of.retention.3', text: 'Le Cercle Pionnier (offert après acquisition)' },
    ],
  },
  {
    key: 'advocacy',
    name: 'OF — Advocacy',
    order: 5,
    months: { from: 6 },
    clientState: 'Fan, prêt à recommander',
    emotion: 'Fierté, enthousiasme',
    questions: ['Comment partager mon expérience ?'],
    priorityContent: 'Success stories, invitations à témoigner',
    formats: ['co-creation', 'interview'],
    timing: timingFromPhrase('Événements, moments clés'),
    objective: 'Activer le bouche-à-oreille',
    messages: [
      { key: 'of.advocacy.1', text: 'Merci aux fondateurs' },
      { key: 'of.advocacy.2', text: 'Vos retours construisent QALIA' },
      { key: 'of.advocacy.3', text: 'Programme de parrainage', status: 'to_define' },
    ],
  },
]

/**
 * "Phase 2-5 : suivent le même schéma que les OF, avec adaptation du message." reading: the same
 * brief as OF's phase, the Coachs window where OF's used OF's, and those OF messages that are not
 * about Qualiopi or audits ("moins focus Qualiopi … même philosophie copilote").
 */
const coachsFromOf = ({
  key,
  timing,
  messages,
}: {
  key: Exclude<PhaseKey, 'awareness'>
  timing: TimingSeed
  messages: string[]
}): PhaseSeed => {
  const of = ofPhases.find((phase) => phase.key === key)!
  return {
    ...of,
    name: `Coachs — ${phaseNames[key]}`,
    adaptation:
      'Même schéma que les OF, avec adaptation du message : moins focus Qualiopi, plus focus structuration ; moins focus audit, plus focus clients ; même philosophie copilote.',
    timing: { ...timing, note: timing.note ?? of.timing?.note },
    messages: messages.map((text, index) => ({ key: `coachs.${key}.${index + 1}`, text })),
  }
}

const targets: TargetSeed[] = [
  {
    slug: 'of',
    name: 'Formateurs OF (Organismes de Formation)',
    mixGroup: 'of',
    timing: { days: ['tue', 'thu'], start: '08:30', end: '09:30' },
    phases: ofPhases,
  },
  {
    slug: 'coachs',
    name: 'Coachs individuels',
    mixGroup: 'coachs',
    timing: { days: ['sat'], start: '09:00', end: '11:00' },
    ...targetProse.coachs.fields,
    phases: [
      {
        key: 'awareness',
        name: 'Coachs — Awareness',
        order: 1,
        months: { from: 1, to: 2 },
        emotion: 'Besoin de légitimité',
        questions: ['Comment structurer mon offre ?'],
        priorityContent: 'Structuration, professionnalisation',
        timing: timingFromPhrase('Weekend (plus disponibles)'),
        messages: [
          { key: 'coachs.awareness.1', text: 'Structurer une offre de coaching professionnelle' },
          { key: 'coachs.awareness.2', text: 'De l’intuition à la méthode' },
          { key: 'coachs.awareness.3', text: 'Crédibilité sans certification' },
        ],
      },
      coachsFromOf({
        key: 'consideration',
        timing: { note: 'Même schéma que les OF, dans la fenêtre des Coachs' },
        messages: ['L’IA comme copilote, pas pilote automatique', 'Partagé. Pas remplacé.'],
      }),
      coachsFromOf({
        key: 'decision',
        timing: { days: EVERY_DAY, start: '00:00', end: '24:00' },
        messages: ['Trois weekends en famille récupérés'],
      }),
      coachsFromOf({
        key: 'retention',
        timing: { maxPostsPerMonth: 4 },
        messages: ['Nouvelle fonctionnalité disponible', 'Ce que font les meilleurs utilisateurs'],
      }),
      coachsFromOf({
        key: 'advocacy',
        timing: { days: EVERY_DAY },
        messages: ['Vos retours construisent QALIA'],
      }),
    ],
  },
  {
    slug: 'auditeurs',
    name: 'Auditeurs',
    mixGroup: 'auditeurs',
    timing: { days: ['wed'], start: '10:00', end: '12:00' },
    ...targetProse.auditeurs.fields,
    // reading: the document gives no month window per phase; each runs from the gate month on.
    phases: [
      {
        key: 'awareness',
        name: 'Auditeurs — Awareness',
        order: 1,
        months: { from: 3 },
        priorityContent: '« Et si QALIA était utilisé par les OF ET les auditeurs ? »',
        tone: 'Réflexion',
        messages: [
          { key: 'auditeurs.awareness.1', text: 'Et si QALIA était utilisé par les OF ET les auditeurs ?' },
        ],
      },
      {
        key: 'consideration',
        name: 'Auditeurs — Consideration',
        order: 2,
        months: { from: 3 },
        priorityContent: '« Moins de friction = plus de qualité »',
        tone: 'Collaboratif',
        messages: [{ key: 'auditeurs.consideration.1', text: 'Moins de friction = plus de qualité' }],
      },
      {
        key: 'decision',
        name: 'Auditeurs — Decision',
        order: 3,
        months: { from: 3 },
        priorityContent: 'Partenariat, pas vente',
        tone: 'Institutionnel',
        messages: [{ key: 'auditeurs.decision.1', text: 'Partenariat, pas vente' }],
      },
    ],
  },
  {
    slug: 'certificateurs',
    name: 'Certificateurs',
    mixGroup: 'autres',
    // reading: the document gives no day or hour for this target: any day, any hour.
    timing: {},
    ...targetProse.certificateurs.fields,
    phases: [
      {
        key: 'awareness',
        name: 'Certificateurs — Awareness',
        order: 1,
        months: { from: 5 },
        priorityContent: 'Vision écosystème harmonisé',
        tone: 'Stratégique',
        messages: [{ key: 'certificateurs.awareness.1', text: 'Vision écosystème harmonisé' }],
      },
      {
        key: 'consideration',
        name: 'Certificateurs — Consideration',
        order: 2,
        months: { from: 5 },
        priorityContent: 'Données qualité, traçabilité',
        tone: 'Technique',
        messages: [{ key: 'certificateurs.consideration.1', text: 'Données qualité, traçabilité' }],
      },
      {
        key: 'decision',
        name: 'Certificateurs — Decision',
        order: 3,
        months: { from: 5 },
        priorityContent: 'Partenariat officiel',
        tone: 'Institutionnel',
        messages: [{ key: 'certificateurs.decision.1', text: 'Partenariat officiel' }],
      },
    ],
  },
  {
    slug: 'ministeres',
    name: 'Ministères',
    mixGroup: 'autres',
    timing: {},
    ...targetProse.ministeres.fields,
    phases: targetProse.ministeres.phases ?? [],
  },
]

/** "Répartition mensuelle par cible"; Autres = Certificateurs + Ministères. */
const mix: MixSeed[] = [
  { month: '2026-01', of: 90, coachs: 10, auditeurs: 0, autres: 0 },
  { month: '2026-02', of: 90, coachs: 10, auditeurs: 0, autres: 0 },
  { month: '2026-03', of: 80, coachs: 15, auditeurs: 5, autres: 0 },
  { month: '2026-04', of: 75, coachs: 15, auditeurs: 10, autres: 0 },
  { month: '2026-05', of: 70, coachs: 15, auditeurs: 10, autres: 5 },
  { month: '2026-06', of: 70, coachs: 15, auditeurs: 10, autres: 5 },
]

const plan = {
  startMonth: '2026-01',
  timezone: 'Europe/Paris',
  activeClients: 0,
  mixTolerance: 10,
  copyRules: qaliaCopyRules.plan,
}

/** QALIA's editorial line, S1 2026: the default data of `seedEditorialLine` in this app. */
/** Every phase with its channels, by QALIA's channel reading (qaliaChannels). */
const withChannels = (line: TargetSeed[]): TargetSeed[] =>
  line.map((target) => ({
    ...target,
    phases: target.phases.map((phase) => ({
      ...phase,
      channels: phase.channels ?? qaliaPhaseChannels({ target: target.slug, phase: phase.key }),
    })),
  }))

export const qaliaEditorialLine: EditorialLineData = {
  channels: qaliaChannels,
  targets: withChannels(targets),
  mix,
  plan,
}
