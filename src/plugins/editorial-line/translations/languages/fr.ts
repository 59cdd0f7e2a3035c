import type { Language } from '@payloadcms/translations'

import type { EditorialLineTranslations } from './en'

export const frTranslations: EditorialLineTranslations = {
  editorialLine: {
    groupEditorialLine: 'Ligne éditoriale',
    groupPublishing: 'Publications',

    targetSingular: 'Cible',
    targetPlural: 'Cibles',
    phaseSingular: 'Phase du parcours',
    phasePlural: 'Phases du parcours',
    messageSingular: 'Message clé',
    messagePlural: 'Messages clés',
    postSingular: 'Post',
    postPlural: 'Posts',
    editorialPlan: 'Plan éditorial',

    name: 'Nom',
    slug: 'Identifiant',
    slugDescription:
      'Lettres minuscules, chiffres et tirets ; sert dans les URL et les filtres de l’API.',
    target: 'Cible',
    phase: 'Phase',
    message: 'Message clé',
    tone: 'Ton',
    timing: 'Timing',
    days: 'Jours',
    start: 'De',
    end: 'À (exclu)',
    timeDescription: 'HH:mm, dans le fuseau du plan.',
    targetTimingDescription:
      'Quand les posts de cette cible peuvent sortir. Aucun jour coché : tous les jours. Aucune heure : toute la journée.',
    phaseTimingDescription:
      'Remplace le timing de la cible. Jours vides : ceux de la cible ; heures vides : celles de la cible. Cochez les sept jours pour « tout jour », 00:00–24:00 pour « toute heure ».',

    mixGroup: 'Groupe de répartition',
    mixGroupDescription: 'Le groupe dont cette cible alimente la part mensuelle de posts.',
    context: 'Contexte',
    gate: 'Condition d’accès',
    gateDescription: 'Quand cette cible peut être adressée. Vide : dès le début.',
    fromMonth: 'À partir du mois de campagne',
    fromMonthDescription: 'Le mois 1 est le mois de départ du plan.',
    prerequisite: 'Prérequis',
    prerequisiteMet: 'Prérequis rempli',
    activeClientsAbove: 'Seulement au-delà de ce nombre de clients actifs',
    activeClientsAboveDescription:
      'Les posts de cette cible sont permis dès que les clients actifs du plan dépassent ce nombre.',
    approach: 'Approche',
    dos: 'À faire',
    donts: 'À ne pas faire',
    text: 'Texte',

    key: 'Étape du parcours',
    order: 'Ordre',
    months: 'Mois de campagne',
    monthsDescription: 'Mois de campagne couverts par la phase ; « jusqu’au » vide : « et au-delà ».',
    monthFrom: 'Du mois',
    monthTo: 'Jusqu’au mois',
    clientState: 'État client',
    emotion: 'Émotion dominante',
    questions: 'Questions que se pose la cible',
    question: 'Question',
    priorityContent: 'Contenu prioritaire',
    formats: 'Formats optimaux',
    objective: 'Objectif',
    maxPostsPerMonth: 'Posts par mois au maximum',
    timingNote: 'Timing, dans les mots du document',
    brief: 'Brief',

    status: 'Statut',
    messageTargetDescription: 'Reprise de la phase.',

    title: 'Titre',
    body: 'Corps',
    format: 'Format',
    channel: 'Canal',
    publishAt: 'Date de publication',
    author: 'Auteur',

    roles: 'Rôles',

    startMonth: 'Mois de départ (mois de campagne 1)',
    timezone: 'Fuseau horaire',
    timezoneDescription:
      'Jours, heures et mois de la ligne éditoriale se lisent tous dans ce fuseau.',
    activeClients: 'Clients actifs',
    mixTolerance: 'Tolérance de répartition (points)',
    mix: 'Répartition mensuelle',
    mixDescription:
      'Part prévue des posts par groupe de cibles, en pourcentage. Chaque ligne fait 100.',
    month: 'Mois',

    phaseAwareness: 'Awareness (découverte)',
    phaseConsideration: 'Consideration (évaluation)',
    phaseDecision: 'Decision (décision)',
    phaseRetention: 'Retention (fidélisation)',
    phaseAdvocacy: 'Advocacy (recommandation)',

    dayMon: 'Lundi',
    dayTue: 'Mardi',
    dayWed: 'Mercredi',
    dayThu: 'Jeudi',
    dayFri: 'Vendredi',
    daySat: 'Samedi',
    daySun: 'Dimanche',

    formatText: 'Post texte',
    formatCarousel: 'Carousel éducatif',
    formatTestimonial: 'Témoignage anonymisé',
    formatShortVideo: 'Vidéo courte',
    formatCaseStudy: 'Étude de cas anonymisée',
    formatComparison: 'Comparatif',
    formatBehindTheScenes: 'Coulisses',
    formatProductNews: 'Nouveautés',
    formatCoCreation: 'Co-création',
    formatInterview: 'Interview',

    statusDraft: 'Brouillon',
    statusInReview: 'En relecture',
    statusChangesRequested: 'Modifications demandées',
    statusApproved: 'Approuvé',
    statusPublished: 'Publié',

    messageActive: 'Actif',
    messageToDefine: 'À définir',

    roleAdmin: 'Administrateur',
    roleApprover: 'Approbateur',
    roleEditor: 'Rédacteur',
    rolePublisher: 'Diffuseur (API)',

    groupOf: 'Organismes de formation (OF)',
    groupCoachs: 'Coachs',
    groupAuditeurs: 'Auditeurs',
    groupAutres: 'Autres',

    invalidTime: 'Saisissez une heure au format HH:mm, par exemple 08:30.',
    invalidEndTime:
      'Saisissez une heure au format HH:mm, par exemple 09:30 (24:00 pour la fin de journée).',
    startAndEndTogether: 'Donnez l’heure de début et l’heure de fin, ou aucune des deux.',
    endAfterStart: 'L’heure de fin doit venir après l’heure de début.',
    invalidMonth: 'Saisissez un mois au format AAAA-MM, par exemple 2026-03.',
    invalidTimezone: 'Fuseau inconnu : utilisez un nom IANA comme Europe/Paris.',
    invalidSlug: 'Uniquement des lettres minuscules, des chiffres et des tirets.',
    monthToBeforeFrom: 'Le dernier mois ne peut pas précéder le premier.',
    mixRowTotal: 'Les parts de {{month}} font {{total}} %, pas 100 %.',
    mixMonthTwice: 'Le mois {{month}} figure plusieurs fois dans la répartition.',
  },
}

export const fr: Language<EditorialLineTranslations> = {
  dateFNSKey: 'fr',
  translations: frTranslations,
}
