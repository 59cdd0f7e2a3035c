import type { Language } from '@payloadcms/translations'

import type { EditorialLineTranslations } from './en.js'

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
    slugDescription: 'Lettres minuscules, chiffres et tirets ; sert dans les URL et les filtres de l’API.',
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
    adaptation: 'Adaptation du message',
    adaptationDescription:
      'Comment adapter, pour cette cible, le message d’une phase reprise d’une autre cible.',
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
    publishAtTimezone: 'Fuseau de publication',
    author: 'Auteur',

    roles: 'Rôles',

    startMonth: 'Mois de départ (mois de campagne 1)',
    timezone: 'Fuseau horaire',
    timezoneDescription: 'Jours, heures et mois de la ligne éditoriale se lisent tous dans ce fuseau.',
    activeClients: 'Clients actifs',
    mixTolerance: 'Tolérance de répartition (points)',
    mix: 'Répartition mensuelle',
    mixDescription:
      'Part prévue des posts par groupe de cibles, en pourcentage. Chaque ligne fait 100 et vaut jusqu’à la ligne suivante : sans ligne pour un mois, celle du dernier mois qui en a une s’applique.',
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

    warnings: 'Avertissements',
    warningsDescription:
      'Ce que la ligne éditoriale déconseille pour ce post. Recalculé à chaque enregistrement.',
    rule: 'Règle',
    path: 'Champ',
    checklist: 'Points de contrôle',
    checklistDescription:
      'Les cinq points de contrôle de la ligne éditoriale, recalculés à chaque enregistrement.',
    complete: 'Les cinq sont remplis',
    timingOverride: 'Dérogation de timing',
    timingOverrideDescription:
      'Un approbateur peut laisser ce post sortir hors de son créneau en en donnant ici la raison.',
    reason: 'Raison',
    overriddenBy: 'Accordée par',
    overriddenAt: 'Accordée le',

    missingTarget: 'Choisissez la cible de ce post.',
    missingPhase: 'Choisissez la phase du parcours de ce post.',
    missingMessage: 'Choisissez le message clé de ce post.',
    missingFormat: 'Choisissez le format de ce post.',
    missingPublishAt: 'Choisissez la date et l’heure de publication de ce post.',
    phaseNotOfTarget:
      'La phase « {{phase}} » appartient à une autre cible que « {{target}} » : choisissez une de ses phases.',
    messageNotOfPhase:
      'Le message clé « {{message}} » appartient à une autre phase que « {{phase}} » : choisissez un message de cette phase.',
    messageStillToDefine:
      'Le message clé « {{message}} » est encore à définir : choisissez un message actif.',
    formatNotOptimal: 'Le format {{format}} n’est pas optimal pour « {{phase}} » : préférez {{formats}}.',
    publishAtInPast:
      'La date de publication ({{date}}, {{timezone}}) est passée : choisissez une date à venir.',
    timingDaysAndHours:
      'Les posts « {{who}} » se publient {{days}} entre {{start}} et {{end}} ({{timezone}}) ; ce créneau tombe un {{day}} à {{time}}.',
    timingDays: 'Les posts « {{who}} » se publient {{days}} ({{timezone}}) ; ce créneau tombe un {{day}}.',
    timingHours:
      'Les posts « {{who}} » se publient entre {{start}} et {{end}} ({{timezone}}) ; ce créneau tombe à {{time}}.',
    outsidePhaseMonths:
      '« {{phase}} » couvre les mois de campagne {{from}} à {{to}} ; ce post tombe au mois {{month}}.',
    outsidePhaseMonthsOpen:
      '« {{phase}} » commence au mois de campagne {{from}} ; ce post tombe au mois {{month}}.',
    gateMonth:
      'La cible « {{target}} » s’ouvre au mois de campagne {{from}} ; ce post ({{date}}) tombe au mois {{month}}.',
    gatePrerequisite:
      'La cible « {{target}} » attend son prérequis : « {{prerequisite}} » (qu’un administrateur marque rempli).',
    gateActiveClients:
      'La cible « {{target}} » s’ouvre au-delà de {{threshold}} clients actifs ; le plan en compte {{count}}.',
    frequencyCap: '« {{phase}} » prend au plus {{max}} posts par mois ; {{month}} en compte déjà {{count}}.',
    mixZero:
      'Le plan donne 0 % des posts de {{month}} au groupe {{group}} : choisissez un autre mois ou une autre cible.',
    mixOverTolerance:
      'Ce post porterait {{group}} à {{share}} % des posts engagés de {{month}} (plan {{planned}} % ± {{tolerance}}).',
    timingOverrideForbidden: 'Seul un approbateur peut accorder une dérogation de timing.',
    reviewLog: 'Journal de relecture',
    reviewLogDescription: 'Chaque changement de statut, écrit par le serveur.',
    logFrom: 'De',
    logTo: 'Vers',
    logBy: 'Par',
    logAt: 'Le',
    logComment: 'Commentaire',
    reviewComment: 'Commentaire de relecture',
    reviewCommentDescription:
      'Inscrit au journal avec votre prochain changement de statut ; obligatoire pour demander des modifications.',
    publishedUrl: 'URL de publication',
    publishedUrlDescription: 'Où la publication est parue ; indiquée quand elle est marquée publiée.',
    workflowUnknown:
      'Une publication ne peut pas passer de « {{from}} » à « {{to}} ». Depuis « {{from}} », elle peut passer à : {{allowed}}.',
    workflowNowhere: 'aucun autre statut',
    workflowRole: '« {{from}} » → « {{to}} » est réservé à : {{roles}}.',
    workflowFourEyes:
      'Vous avez écrit cette publication : un autre approbateur doit la relire (« {{from}} » → « {{to}} »).',
    workflowComment: 'Dites quoi modifier : une demande de modifications demande un commentaire.',
    workflowPublished: 'Cette publication est parue : elle ne change plus.',
    workflowPublisherOnly:
      'Un diffuseur ne fait que marquer publiées les publications approuvées (« {{approved}} » → « {{published}} »), avec l’URL où elles sont parues.',
    workflowBulk:
      'Les publications changent une par une, chaque changement passant par la relecture : modifiez-les par identifiant.',
    publishedUrlRequired: 'Indiquez l’URL où la publication est parue (http ou https).',
    publishedUrlOnlyWhenPublishing:
      'L’URL de publication s’indique quand la publication est marquée publiée.',
    deleteApprovedForbidden: 'Cette publication a été approuvée : seul un administrateur peut la supprimer.',
    roleChangeForbidden: 'Seul un administrateur peut changer les rôles.',
    liveNone: 'invisible pour les consommateurs de l’API',
    liveThis: 'c’est cette version que reçoivent les consommateurs de l’API',
    liveApproved:
      'les consommateurs de l’API reçoivent la version approuvée jusqu’à l’approbation de celle-ci',
    liveChecklistTitle: 'Points de contrôle ({{done}}/5)',
    submitForReview: 'Soumettre à la relecture',
    submitBlocked: 'Pas encore : {{points}}.',
    proposeSlots: 'Proposer un créneau',
    proposeSlotsNeeds: 'Choisissez d’abord une cible et une phase.',
    noSlot: 'Aucun créneau ne respecte les règles dans l’année.',
    briefChoosePhase: 'Choisissez une cible et une phase : leur brief s’affiche ici.',
    briefTitle: 'Brief — {{phase}}',
    briefMessages: 'Messages clés (cliquez pour en choisir un)',
    briefTone: 'Ton pour {{target}}',
    briefContext: 'Contexte de « {{target}} »',
    anyDay: 'tous les jours',
    anyHour: 'à toute heure',
    clearedPhaseAndMessage:
      'La phase et le message clé ont été retirés : ils appartenaient à une autre cible.',
    clearedMessage: 'Le message clé a été retiré : il appartenait à une autre phase.',
    optimalFormatsFirst: 'Optimaux pour cette phase, en tête de liste : {{formats}}.',
    warningCount_one: '{{count}} avertissement',
    warningCount_other: '{{count}} avertissements',
    reviewQueue: 'File de relecture ({{count}})',
    logEntry: 'Changement de statut',
    calendarTitle: 'Calendrier',
    calendarMonthView: 'Mois',
    calendarWeekView: 'Semaine',
    calendarViewSwitch: 'Vue',
    calendarPreviousMonth: 'Mois précédent',
    calendarNextMonth: 'Mois suivant',
    calendarPreviousWeek: 'Semaine précédente',
    calendarNextWeek: 'Semaine suivante',
    calendarToday: 'Aujourd’hui',
    calendarDate: 'Date',
    calendarShow: 'Afficher',
    calendarWeekOf: 'Semaine du {{day}}',
    calendarViewBadView:
      'Vue « {{value}} » inconnue : affichage du mois. Utilisez ?view=month ou ?view=week.',
    calendarViewBadDate:
      '« {{value}} » n’est pas une date au format AAAA-MM-JJ, par exemple 2026-03-10 : affichage d’aujourd’hui.',
    calendarNotAllowed:
      'Le calendrier est réservé à l’équipe éditoriale : rédacteurs, approbateurs et administrateurs.',
    calendarEmptyMonth: 'Aucun post ce mois-ci.',
    calendarEmptyWeek: 'Aucun post cette semaine.',
    calendarCount_one: '{{count}} post',
    calendarCount_other: '{{count}} posts',
    calendarNoTarget: 'Sans cible',
    calendarLegendGroups: 'Groupes de cibles et leurs créneaux de publication',
    calendarLegendStatuses: 'Statuts',
    calendarAnyDay: 'tous les jours',
    calendarAnyHour: 'toute la journée',
    calendarTimezone: 'Heures du fuseau {{timezone}}.',
    calendarWindowsNote:
      'Zones teintées : les créneaux des groupes de cibles qui ont des posts cette semaine, d’après le timing de chaque cible (une phase peut le restreindre ou l’élargir).',
    calendarWindowTitle: '{{group}} : {{start}}–{{end}}',
    restoreAsDraft:
      'Cette publication est approuvée : restaurez l’ancienne version comme brouillon, qui passera ensuite en relecture.',
    hiddenField: 'Le champ « {{field}} » ne peut pas servir de filtre ni de tri.',

    nextSlotsLoginRequired: 'Connectez-vous pour voir les prochains créneaux libres.',
    nextSlotsMissing:
      'Précisez le post (?post=ID), ou la cible et la phase (?target=ID&phase=ID), mais pas les deux.',
    nextSlotsBadParameter: 'Donnez « {{param}} » une seule fois, en texte simple.',
    nextSlotsBadCount: 'Donnez « count » en nombre entier de 1 à {{max}}.',
    nextSlotsBadFrom: 'Donnez « from » en date ISO, par exemple 2026-03-01 ou 2026-03-01T08:30:00Z.',
    nextSlotsBadFormat: 'Format « {{format}} » inconnu : utilisez l’un de {{formats}}.',
    nextSlotsUnknownPost: 'Aucun post que vous pouvez lire n’a l’identifiant « {{id}} ».',
    nextSlotsUnknownTarget: 'Aucune cible n’a l’identifiant « {{id}} ».',
    nextSlotsUnknownPhase: 'Aucune phase du parcours n’a l’identifiant « {{id}} ».',
    nextSlotsUnknownMessage: 'Aucun message clé n’a l’identifiant « {{id}} ».',
    nextSlotsPostIncomplete: 'Ce post n’a pas encore de cible ou de phase : choisissez-les d’abord.',
    nextSlotsNoneInHorizon:
      'Aucune date des {{days}} prochains jours ne respecte toutes les règles de la ligne éditoriale pour ce post.',
    nextSlotsBlocked: 'Aucune date ne convient à ce post en l’état : {{problems}}',

    inUseByPosts_one: 'Ce document est utilisé par {{count}} post : modifiez ou supprimez ce post d’abord.',
    inUseByPosts_other:
      'Ce document est utilisé par {{count}} posts : modifiez-les ou supprimez-les d’abord.',
    phaseHasMessages_one: 'Cette phase a {{count}} message clé : déplacez-le ou supprimez-le d’abord.',
    phaseHasMessages_other: 'Cette phase a {{count}} messages clés : déplacez-les ou supprimez-les d’abord.',
    targetHasPhases_one: 'Cette cible a {{count}} phase du parcours : supprimez-la d’abord.',
    targetHasPhases_other: 'Cette cible a {{count}} phases du parcours : supprimez-les d’abord.',
    phaseMoveRefused:
      'Cette phase ne peut pas changer de cible tant que {{messages}} message(s) clé(s) et {{posts}} post(s) y renvoient.',

    onDayMon: 'le lundi',
    onDayTue: 'le mardi',
    onDayWed: 'le mercredi',
    onDayThu: 'le jeudi',
    onDayFri: 'le vendredi',
    onDaySat: 'le samedi',
    onDaySun: 'le dimanche',
    dayNameMon: 'lundi',
    dayNameTue: 'mardi',
    dayNameWed: 'mercredi',
    dayNameThu: 'jeudi',
    dayNameFri: 'vendredi',
    dayNameSat: 'samedi',
    dayNameSun: 'dimanche',

    metrics: 'Résultats',
    metricsDescription:
      'Ce que le post a obtenu une fois publié : renseigné par le diffuseur (clé d’API) ou un administrateur.',
    metricImpressions: 'Impressions',
    metricReactions: 'Réactions',
    metricComments: 'Commentaires',
    metricShares: 'Partages',
    metricClicks: 'Clics',
    metricsMeasuredAt: 'Mesuré le',
    metricsWholeNumber: 'Saisissez un nombre entier, 0 ou plus.',
    metricsRole:
      'Seul un diffuseur (avec sa clé d’API) ou un administrateur enregistre les résultats d’un post.',
    metricsNotPublished:
      'Les résultats s’enregistrent sur les posts publiés uniquement : ce post n’est pas encore sorti.',
    resultsLoginRequired: 'Connectez-vous pour voir les résultats.',
    resultsBadMonth:
      'Donnez la période sous la forme ?from=AAAA-MM&to=AAAA-MM, par exemple ?from=2026-01&to=2026-06.',
    resultsBadGroupBy: 'Dites comment regrouper les posts : groupBy vaut {{groupings}}.',
    resultsBadFormat: 'format vaut json (par défaut) ou csv.',
    resultsNeedSql: 'Les résultats se calculent dans une base SQL (SQLite ou PostgreSQL).',
    resultsNone: '(aucun)',
    resultsTitle: 'Résultats',
    resultsFrom: 'Du mois',
    resultsTo: 'Au mois',
    resultsGroupBy: 'Regroupés par',
    resultsByTarget: 'Cible',
    resultsByPhase: 'Phase du parcours',
    resultsByMessage: 'Message clé',
    resultsByFormat: 'Format',
    resultsByWeekday: 'Jour de la semaine',
    resultsByHour: 'Heure',
    resultsCsv: 'Télécharger le CSV',
    resultsBadQueryShown:
      'Cette période ou ce regroupement ne peut pas s’afficher : voici les 12 derniers mois par phase.',
    resultsExplain:
      'Posts publiés dont les résultats sont renseignés, datés dans la période (mois en {{timezone}}). Engagement = (réactions + commentaires + partages) / impressions.',
    resultsEmpty: 'Aucun post publié de cette période n’a encore de résultats.',
    resultsEngagementRate: 'Taux d’engagement',
    resultsClickRate: 'Taux de clic',
    resultsMedian: 'Engagement médian par post',
    resultsPosts: 'Posts mesurés',
    resultsImpressions: 'Impressions',
    resultsChartTitle: 'Taux d’engagement et taux de clic par groupe',

    homeTitle: 'Bureau éditorial',
    homeWeek: 'Les 7 prochains jours',
    homeWeekEmpty: 'Aucun post daté dans les 7 prochains jours.',
    homeOpenCalendar: 'Ouvrir le calendrier',
    homeQueue: 'File de relecture ({{count}})',
    homeQueueWaiting_zero: 'Aucun post n’attend de relecture.',
    homeQueueWaiting_one: '1 post attend une relecture ; le plus ancien :',
    homeQueueWaiting_other: '{{count}} posts attendent une relecture ; les plus anciens :',
    homeQueueSince: 'envoyé le {{date}}',
    homeOpenQueue: 'Ouvrir la file de relecture',
    homeMix: 'Répartition de {{month}}',
    homeOpenMix: 'Ouvrir la répartition mensuelle',
    homeSlots: 'Prochain créneau conforme par cible ouverte',
    homeSlotNone: 'aucun créneau d’ici un an',
    homeCoverage: 'Couverture du parcours, {{month}}',
    homeCoverageLegend:
      'Posts engagés (approuvés ou publiés) par phase. Encadrées : les phases de saison au mois de campagne {{month}} ; en rouge : de saison et sans post.',
    homeCoverageGap: 'aucun !',
    homeCoverageInSeason: 'de saison',
    homeStale: 'Messages clés inutilisés depuis 90 jours',
    homeStaleNone: 'Chaque message clé actif a servi ces 90 derniers jours.',

    malformedValue: 'Cette valeur n’a pas la forme attendue pour ce champ.',
    unknownReference: 'Cette valeur désigne un document qui n’existe pas.',
    invalidDate: 'Saisissez une date valide, par exemple 2027-01-05T08:30:00.000Z.',
    malformedQuery:
      'La condition de requête where[{{condition}}] porte une valeur que ce champ ne peut jamais prendre.',
    malformedParameter: '« {{param}} » doit être un nombre entier de {{min}} à {{max}}.',
    malformedWhere:
      'Donnez « where » en conditions entre crochets (where[title][equals]=…) ou en un seul objet JSON.',
    unknownId: 'Aucun document n’a l’identifiant « {{id}} ».',
    noVersions: '« {{slug}} » ne garde pas de versions.',
    mixLoginRequired: 'Connectez-vous pour voir la répartition mensuelle.',
    mixBadMonth:
      'Donnez le mois au format AAAA-MM, par exemple ?month=2026-03, ou une période ?from=2026-01&to=2026-06.',
    mixBadRange: 'La période finit avant de commencer : « to » ne peut pas précéder « from ».',
    mixMissingMonth: 'Précisez le mois : ?month=AAAA-MM, ou une période ?from=AAAA-MM&to=AAAA-MM.',
    mixRangeTooLong: 'Une période couvre au plus 24 mois.',
    mixTitle: 'Répartition mensuelle',
    mixPrevious: 'Mois précédent',
    mixNext: 'Mois suivant',
    mixShow: 'Afficher',
    mixPlanned: 'plan {{planned}} % ± {{tolerance}}',
    mixNoPlan:
      'Le plan n’a pas encore de ligne pour ce mois (il commence plus tard) : aucune règle de répartition ne s’applique.',
    mixPlanInForce: 'plan de {{month}}, en vigueur',
    mixAddNextMonth: 'Ajouter le mois suivant (repris de la ligne en vigueur)',
    mixCommitted: '{{share}} % engagés ({{count}})',
    mixPipeline_one: '{{count}} en relecture',
    mixPipeline_other: '{{count}} en relecture',
    mixPublished_one: '{{count}} publié',
    mixPublished_other: '{{count}} publiés',
    mixTooFew_zero: 'Aucun post engagé ce mois-ci pour l’instant.',
    mixTooFew_one: 'Seulement 1 post engagé ce mois-ci : trop peu pour que les pourcentages aient du sens.',
    mixTooFew_other:
      'Seulement {{count}} posts engagés ce mois-ci : trop peu pour que les pourcentages aient du sens.',
    mixTotals: '{{committed}} engagés ({{published}} publiés), {{pipeline}} en relecture',
    mixStrip: 'Les mois du plan',
    mixPlanBar: 'Plan',
    mixActualBar: 'Engagés',
    verdictOnPlan: 'Dans le plan',
    verdictUnder: 'Sous le plan',
    verdictOver: 'Au-dessus du plan',
    verdictBlocked: 'Prévu à 0 % mais a des posts',
    verdictNoPlan: 'Pas de plan',
    mixHint:
      'Ce post porterait {{group}} à {{share}} % des posts engagés de {{month}} (plan {{planned}} % ± {{tolerance}}).',
    mixHintNoPlan: 'Le plan ne prévoit pas de répartition pour {{month}}.',
    mixHintIncomplete:
      'Choisissez une cible et une date de publication pour voir la place de ce post dans la répartition du mois.',
    invalidTime: 'Saisissez une heure au format HH:mm, par exemple 08:30.',
    invalidEndTime: 'Saisissez une heure au format HH:mm, par exemple 09:30 (24:00 pour la fin de journée).',
    startAndEndTogether: 'Donnez l’heure de début et l’heure de fin, ou aucune des deux.',
    endAfterStart: 'L’heure de fin doit venir après l’heure de début.',
    invalidMonth: 'Saisissez un mois au format AAAA-MM, par exemple 2026-03.',
    invalidTimezone: 'Fuseau inconnu : utilisez un nom IANA comme Europe/Paris.',
    invalidSlug: 'Uniquement des lettres minuscules, des chiffres et des tirets.',
    monthToBeforeFrom: 'Le dernier mois ne peut pas précéder le premier.',
    mixRowTotal: 'Les parts de {{month}} font {{total}} %, pas 100 %.',
    mixMonthTwice: 'Le mois {{month}} figure plusieurs fois dans la répartition.',

    calendarName: 'Posts approuvés',
    calendarLine: '{{label}} : {{value}}',
    calendarBadDate:
      'Donnez « {{param}} » comme une date ISO, par exemple 2026-03-01 ou 2026-03-01T08:30:00Z.',
    calendarBadParameter: 'Donnez « {{param}} » une seule fois, en texte simple.',
    calendarBadRange: 'La période finit avant de commencer : « to » ne peut pas précéder « from ».',
    calendarUnknownChannel: 'Canal inconnu « {{channel}} » : utilisez {{channels}}.',
    calendarUnknownTarget:
      'Aucune cible ne correspond à « {{target}} » : donnez son id ou son identifiant (slug).',
    // Le document du client : export et import (GET/POST /api/editorial-line/document)
    documentDownload: 'Télécharger le document',
    documentImportTitle: 'Importer le document',
    documentImportIntro:
      'Chargez une version du document de ligne éditoriale (Markdown, exporté ou tel que le client l’écrit). Vérifiez les changements, puis appliquez-les : rien de ce que le document ne nomme plus n’est supprimé.',
    documentFile: 'Fichier Markdown',
    documentPaste: 'Ou collez le document',
    documentPreview: 'Voir les changements',
    documentApply: 'Appliquer les changements',
    documentApplied: 'Appliqué : {{created}} créés, {{updated}} modifiés, {{unchanged}} inchangés.',
    documentCounts: '{{created}} à créer, {{updated}} à modifier, {{unchanged}} inchangés.',
    documentNoChange: 'Le document correspond à la ligne éditoriale : rien à changer.',
    documentGroupPlan: 'Plan et répartition mensuelle',
    documentActionCreate: 'Créer',
    documentActionUpdate: 'Modifier',
    documentActionAbsent: 'Plus dans le document (conservé)',
    documentAdminsOnly: 'Seuls les administrateurs importent le document de ligne éditoriale.',
    documentLoginRequired: 'Connectez-vous pour télécharger ou importer le document de ligne éditoriale.',
    documentWrongType: 'Envoyez le document en Markdown, avec l’en-tête content-type: text/markdown.',
    documentTooLarge: 'Le document dépasse 1 Mo : rien n’a été lu.',
    documentNotApplied: 'Rien n’a été écrit : {{reason}}',
    documentProblem: 'Ligne {{line}}, colonne {{column}} : {{problem}}',
    documentProblemBadHeader:
      'l’en-tête YAML est illisible ({{value}}) ; attendu : startMonth au format AAAA-MM, un fuseau IANA, des nombres entiers pour activeClients et mixTolerance.',
    documentProblemBadHours:
      '« {{value}} » n’est pas une plage horaire ; attendu par exemple 8h30-9h30 ou 08:30-09:30.',
    documentProblemBadMonths:
      '« {{value}} » n’est pas une plage de mois de campagne ; attendu par exemple Mois 1-2 ou Mois 6+.',
    documentProblemBadNumber: '« {{value}} » n’est pas un nombre entier.',
    documentProblemBadPercent:
      '« {{value}} » n’est pas un pourcentage ; attendu un nombre entier de 0 à 100, comme 15%.',
    documentProblemDuplicateMonth:
      'le mois {{value}} a une seconde ligne dans la répartition mensuelle ; attendu une ligne par mois.',
    documentProblemDuplicatePhase:
      'la phase « {{value}} » apparaît deux fois pour cette cible ; attendu chaque étape une fois.',
    documentProblemDuplicateTarget:
      'la cible « {{value}} » apparaît deux fois ; attendu chaque cible une fois.',
    documentProblemMessageOutsidePhase:
      'des messages clés hors de toute phase ; attendu sous un titre « ### Phase N : … ».',
    documentProblemMixNotHundred:
      'la ligne {{value}} de la répartition mensuelle ne fait pas 100 % ; attendu des parts dont la somme fait 100.',
    documentProblemMonthRangeBackwards:
      '« {{value}} » finit avant de commencer ; attendu le mois le plus tôt en premier.',
    documentProblemNoTarget: 'aucun titre de cible ; attendu au moins un « ## CIBLE N : nom ».',
    documentProblemUnknownFormat:
      'format inconnu « {{value}} » ; attendu un format du vocabulaire, comme Post texte ou Vidéo courte.',
    documentProblemUnknownGroup: 'groupe de cibles inconnu « {{value}} » ; attendu un des groupes du plan.',
    documentProblemUnknownMonth:
      '« {{value}} » n’est pas un mois ; attendu un nom de mois (Mars, Mars 2026), une plage (Jan-Fév) ou AAAA-MM.',
    documentProblemUnknownPhase:
      '« {{value}} » n’est pas une étape du parcours ; attendu Awareness, Consideration, Decision, Retention ou Advocacy.',
    documentProblemUnknownTarget: 'aucune cible du document ne s’appelle « {{value}} ».',
    documentProblemUnknownWeekday:
      '« {{value}} » n’est pas un jour de la semaine ; attendu Lundi … Dimanche.',
    // Notifications (#29)
    reviewer: 'Relecteur',
    reviewerDescription:
      'Un approbateur ou un administrateur chargé de relire ce post ; sans relecteur, tous les approbateurs sont sollicités.',
    reviewerNotReviewer: 'Le relecteur doit être un approbateur ou un administrateur.',
    reviewerIsAuthor: 'L’auteur ne peut pas relire son propre post.',
    reviewerNotAllowed:
      'Seuls les approbateurs et administrateurs, ou l’auteur pendant la rédaction, choisissent le relecteur.',
    assignedToMe: 'Assignés à moi ({{count}})',
    homeAssigned: 'Assignés à moi',
    homeAssignedEmpty: 'Aucun post n’attend votre relecture.',
    failedEmails: 'E-mails non envoyés ({{count}})',
    homeFailedEmails: 'E-mails non envoyés',
    homeFailedEmailsHelp: 'Ces messages ont échoué à leur dernier essai (vérifiez les réglages SMTP et le journal du serveur) :',
    notifications: 'Notifications par e-mail',
    notificationsDescription: 'Les e-mails que vous recevez sur les posts, et leur langue.',
    notifyReview: 'Un post à relire',
    notifyChangesRequested: 'Modifications demandées sur mon post',
    notifyApproved: 'Mon post approuvé',
    notifyReminder: 'Un post à approuver avant son créneau (rappel)',
    notifySlotPassed: 'Mon post renvoyé : son créneau est passé en relecture',
    notifyOverdue: 'Un post approuvé non publié après son créneau (administrateurs)',
    notifyDigest: 'Le récapitulatif de la semaine (lundi 8 h) : les posts de la semaine et ce qui m’attend',
    deadlineSlotPassed: 'Le créneau est passé avant l’approbation : renvoyé à son auteur.',
    notifyLanguage: 'Langue des e-mails',
  },
}

export const fr: Language<EditorialLineTranslations> = {
  dateFNSKey: 'fr',
  translations: frTranslations,
}
