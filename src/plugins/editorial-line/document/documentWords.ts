import { foldWords } from '../seed/documentReadings.js'

/**
 * The words of the document's structure, as the customer's document writes them: the export
 * writes these, the reader finds rows and labelled paragraphs by them (folded: case, accents and
 * plural do not matter). The document is French; the few English ones are accepted when reading.
 */
export const WORDS = {
  title: 'Customer Journeys par Cible',
  target: 'Cible',
  targetEn: 'Target',
  phaseHeading: 'Phase',
  months: 'Mois',
  element: 'Élément',
  detail: 'Détail',
  clientState: 'État client',
  objective: 'Objectif',
  messages: 'Messages clés',
  messagesEn: 'Key messages',
  emotion: 'Émotion dominante',
  questions: 'Questions',
  priorityContent: 'Contenu prioritaire',
  formats: 'Format optimal',
  timing: 'Timing',
  name: 'Nom',
  tone: 'Ton',
  slug: 'Slug',
  group: 'Groupe',
  context: 'Contexte',
  fromMonth: 'Mois d’ouverture',
  prerequisite: 'Prérequis',
  prerequisiteMet: 'Prérequis rempli',
  activeClientsAbove: 'Clients actifs au-delà de',
  dos: 'À faire',
  donts: 'À ne pas faire',
  approach: 'Approche spécifique',
  phase: 'Phase',
  content: 'Contenu',
  integration: 'Intégration dans la Ligne Éditoriale',
  mixHeading: 'Répartition mensuelle par cible',
  month: 'Mois',
  monthEn: 'Month',
  timingHeading: 'Timing optimal par cible',
  bestDay: 'Meilleur jour',
  bestHour: 'Meilleure heure',
  controlPoints: 'Points de Contrôle',
  controlIntro: 'Avant chaque création de contenu, vérifier :',
  timingDays: 'Jours',
  timingHours: 'Heures',
  timingMax: 'Max',
  timingNote: 'Note',
  // Copy rules (issue #28): one rule a line of the cell (`copyRuleLine`).
  copyRules: 'Règles de rédaction',
  channelsHeading: 'Canaux',
  channel: 'Canal',
  channels: 'Canaux',
  channelFormats: 'Formats',
  maxLength: 'Longueur maximale',
  slot: 'Créneau',
  // Format requirements (issue #27): one requirement a line of the cell (`requirementLine`).
  formatRequirements: 'Exigences',
  active: 'Actif',
  yes: 'oui',
  no: 'non',
} as const

/** The same words folded, as the reader compares them. */
export const ROW = Object.fromEntries(
  Object.entries(WORDS).map(([key, words]) => [key, foldWords(words)]),
) as { [Key in keyof typeof WORDS]: string }
