import type { Language } from '@payloadcms/translations'

export const enTranslations = {
  editorialLine: {
    // Admin groups
    groupEditorialLine: 'Editorial line',
    groupPublishing: 'Publishing',

    // Collections and global
    targetSingular: 'Target',
    targetPlural: 'Targets',
    phaseSingular: 'Journey phase',
    phasePlural: 'Journey phases',
    messageSingular: 'Key message',
    messagePlural: 'Key messages',
    postSingular: 'Post',
    postPlural: 'Posts',
    editorialPlan: 'Editorial plan',

    // Shared fields
    name: 'Name',
    slug: 'Slug',
    slugDescription: 'Lowercase letters, digits and dashes; used in URLs and API filters.',
    target: 'Target',
    phase: 'Phase',
    message: 'Key message',
    tone: 'Tone',
    timing: 'Timing',
    days: 'Days',
    start: 'From',
    end: 'To (exclusive)',
    timeDescription: 'HH:mm in the plan timezone.',
    targetTimingDescription:
      'When posts for this target may go out. No day selected: any day. No hours: any hour.',
    phaseTimingDescription:
      "Overrides the target's timing. Days left empty use the target's days; hours left empty use the target's hours. Select all seven days for “any day”, 00:00–24:00 for “any hour”.",

    // Targets
    mixGroup: 'Mix group',
    mixGroupDescription: 'The group whose monthly share of posts this target counts towards.',
    context: 'Context',
    gate: 'Gate',
    gateDescription: 'When this target may be addressed at all. Empty: from the start.',
    fromMonth: 'From campaign month',
    fromMonthDescription: 'Month 1 is the plan’s start month.',
    prerequisite: 'Prerequisite',
    prerequisiteMet: 'Prerequisite met',
    activeClientsAbove: 'Only above this many active clients',
    activeClientsAboveDescription:
      'Posts for this target are allowed once the plan’s active clients exceed this number.',
    approach: 'Approach',
    dos: 'Do',
    donts: "Don't",
    text: 'Text',

    // Phases
    key: 'Journey step',
    order: 'Order',
    months: 'Campaign months',
    monthsDescription: 'Campaign months this phase covers; leave “to” empty for “and later”.',
    monthFrom: 'From month',
    monthTo: 'To month',
    clientState: 'Client state',
    emotion: 'Dominant emotion',
    questions: 'Questions the audience asks',
    question: 'Question',
    priorityContent: 'Priority content',
    formats: 'Optimal formats',
    objective: 'Objective',
    adaptation: 'Message adaptation',
    adaptationDescription: 'How to adapt, for this target, the message of a phase taken from another target.',
    maxPostsPerMonth: 'At most posts per month',
    timingNote: 'Timing, in the customer’s words',
    brief: 'Brief',

    // Messages
    status: 'Status',
    messageTargetDescription: 'Taken from the phase.',

    // Posts
    title: 'Title',
    body: 'Body',
    format: 'Format',
    channel: 'Channel',
    publishAt: 'Publish at',
    publishAtTimezone: 'Publication timezone',
    author: 'Author',

    // Users
    roles: 'Roles',

    // Editorial plan
    startMonth: 'Start month (campaign month 1)',
    timezone: 'Timezone',
    timezoneDescription: 'Every weekday, hour and month of the editorial line is read in this zone.',
    activeClients: 'Active clients',
    mixTolerance: 'Mix tolerance (points)',
    mix: 'Monthly mix',
    mixDescription:
      'Planned share of posts per target group, in percent. Each row adds up to 100 and holds until the next row: a month without its own row takes the latest row before it.',
    month: 'Month',

    // Options: phase keys
    phaseAwareness: 'Awareness',
    phaseConsideration: 'Consideration',
    phaseDecision: 'Decision',
    phaseRetention: 'Retention',
    phaseAdvocacy: 'Advocacy',

    // Options: weekdays
    dayMon: 'Monday',
    dayTue: 'Tuesday',
    dayWed: 'Wednesday',
    dayThu: 'Thursday',
    dayFri: 'Friday',
    daySat: 'Saturday',
    daySun: 'Sunday',

    // Options: formats

    // Options: post statuses
    statusDraft: 'Draft',
    statusInReview: 'In review',
    statusChangesRequested: 'Changes requested',
    statusApproved: 'Approved',
    statusPublished: 'Published',

    // Options: message statuses
    messageActive: 'Active',
    messageToDefine: 'To define',

    // Options: roles
    roleAdmin: 'Admin',
    roleApprover: 'Approver',
    roleEditor: 'Editor',
    rolePublisher: 'Publisher (API)',

    // Options: mix groups

    // Posts: rules, checklist, override
    warnings: 'Warnings',
    warningsDescription: 'What the editorial line advises against for this post. Recomputed on every save.',
    rule: 'Rule',
    path: 'Field',
    checklist: 'Control points',
    checklistDescription: 'The five control points of the editorial line, recomputed on every save.',
    complete: 'All five hold',
    timingOverride: 'Timing override',
    timingOverrideDescription:
      'An approver may let this post go out outside its timing window by giving the reason here.',
    reason: 'Reason',
    overriddenBy: 'Given by',
    overriddenAt: 'Given on',

    // Rule messages
    missingTarget: 'Choose the target this post addresses.',
    missingPhase: 'Choose the journey phase this post addresses.',
    missingMessage: 'Choose the key message of this post.',
    missingFormat: 'Choose the format of this post.',
    missingPublishAt: 'Choose the date and time this post goes out.',
    phaseNotOfTarget:
      'The phase “{{phase}}” belongs to another target than “{{target}}”: choose one of its phases.',
    messageNotOfPhase:
      'The key message “{{message}}” belongs to another phase than “{{phase}}”: choose one of this phase’s messages.',
    messageStillToDefine: 'The key message “{{message}}” is still to be defined: choose an active message.',
    formatNotOptimal: '{{format}} is not an optimal format for “{{phase}}”: prefer {{formats}}.',
    publishAtInPast: 'The publication date ({{date}}, {{timezone}}) has passed: choose a date ahead.',
    timingDaysAndHours:
      '“{{who}}” posts go out on {{days}} between {{start}} and {{end}} ({{timezone}}); this slot falls on a {{day}} at {{time}}.',
    timingDays: '“{{who}}” posts go out on {{days}} ({{timezone}}); this slot falls on a {{day}}.',
    timingHours:
      '“{{who}}” posts go out between {{start}} and {{end}} ({{timezone}}); this slot falls at {{time}}.',
    outsidePhaseMonths:
      '“{{phase}}” covers campaign months {{from}} to {{to}}; this post falls in month {{month}}.',
    outsidePhaseMonthsOpen:
      '“{{phase}}” starts in campaign month {{from}}; this post falls in month {{month}}.',
    gateMonth:
      'The target “{{target}}” opens in campaign month {{from}}; this post ({{date}}) falls in month {{month}}.',
    gatePrerequisite:
      'The target “{{target}}” waits for its prerequisite: “{{prerequisite}}” (an admin marks it met).',
    gateActiveClients:
      'The target “{{target}}” opens above {{threshold}} active clients; the plan counts {{count}}.',
    frequencyCap: '“{{phase}}” takes at most {{max}} posts a month; {{month}} already has {{count}}.',
    mixZero: 'The plan gives {{group}} 0 % of the posts of {{month}}: choose another month or target.',
    mixOverTolerance:
      'This post would take {{group}} to {{share}} % of the committed posts of {{month}} (plan {{planned}} % ± {{tolerance}}).',
    timingOverrideForbidden: 'Only an approver can override the timing of a post.',
    reviewLog: 'Review log',
    reviewLogDescription: 'Every status change, written by the server.',
    logFrom: 'From',
    logTo: 'To',
    logBy: 'By',
    logAt: 'At',
    logComment: 'Comment',
    reviewComment: 'Review comment',
    reviewCommentDescription:
      'Goes into the review log with your next status change; required to request changes.',
    publishedUrl: 'Publication URL',
    publishedUrlDescription: 'Where the post went out; given when it is marked published.',
    workflowUnknown:
      'A post cannot go from “{{from}}” to “{{to}}”. From “{{from}}” it can go to: {{allowed}}.',
    workflowNowhere: 'nowhere',
    workflowRole: '“{{from}}” → “{{to}}” is for: {{roles}}.',
    workflowFourEyes: 'You wrote this post: another approver must review it (“{{from}}” → “{{to}}”).',
    workflowComment: 'Say what to change: requesting changes needs a comment.',
    workflowPublished: 'This post was published: it no longer changes.',
    workflowPublisherOnly:
      'A publisher only marks approved posts published (“{{approved}}” → “{{published}}”), with the URL where they went out.',
    workflowBulk: 'Posts change one at a time, each change going through review: update them by id.',
    publishedUrlRequired: 'Give the URL where the post went out (http or https).',
    publishedUrlOnlyWhenPublishing: 'The publication URL is given when the post is marked published.',
    deleteApprovedForbidden: 'This post was approved once: only an admin can delete it.',
    roleChangeForbidden: 'Only an admin can change roles.',
    liveNone: 'not visible to API consumers',
    liveThis: 'this version is what API consumers get',
    liveApproved: 'API consumers get the approved version until this one is approved',
    liveChecklistTitle: 'Control points ({{done}}/5)',
    submitForReview: 'Submit for review',
    submitBlocked: 'Not yet: {{points}}.',
    proposeSlots: 'Propose a slot',
    proposeSlotsNeeds: 'Choose a target and a phase first.',
    noSlot: 'No slot fits the rules within a year.',
    briefChoosePhase: 'Choose a target and a phase: their brief shows here.',
    briefTitle: 'Brief — {{phase}}',
    briefMessages: 'Key messages (click to use one)',
    briefTone: 'Tone for {{target}}',
    briefContext: 'Context of “{{target}}”',
    anyDay: 'any day',
    anyHour: 'any hour',
    clearedPhaseAndMessage: 'The phase and the key message were removed: they belonged to another target.',
    clearedMessage: 'The key message was removed: it belonged to another phase.',
    optimalFormatsFirst: 'Optimal for this phase, listed first: {{formats}}.',
    warningCount_one: '{{count}} warning',
    warningCount_other: '{{count}} warnings',
    reviewQueue: 'Review queue ({{count}})',
    logEntry: 'Status change',
    // Calendar view
    calendarTitle: 'Calendar',
    calendarMonthView: 'Month',
    calendarWeekView: 'Week',
    calendarViewSwitch: 'View',
    calendarPreviousMonth: 'Previous month',
    calendarNextMonth: 'Next month',
    calendarPreviousWeek: 'Previous week',
    calendarNextWeek: 'Next week',
    calendarToday: 'Today',
    calendarDate: 'Date',
    calendarShow: 'Show',
    calendarWeekOf: 'Week of {{day}}',
    calendarViewBadView: 'Unknown view “{{value}}”: showing the month. Use ?view=month or ?view=week.',
    calendarViewBadDate:
      '“{{value}}” is not a date written YYYY-MM-DD, for example 2026-03-10: showing today.',
    calendarNotAllowed: 'The calendar is for the editorial team: editors, approvers and admins.',
    calendarEmptyMonth: 'No post this month.',
    calendarEmptyWeek: 'No post this week.',
    calendarCount_one: '{{count}} post',
    calendarCount_other: '{{count}} posts',
    calendarNoTarget: 'No target',
    calendarLegendGroups: 'Target groups and their publication windows',
    calendarLegendStatuses: 'Statuses',
    calendarAnyDay: 'any day',
    calendarAnyHour: 'any hour',
    calendarTimezone: 'Times in {{timezone}}.',
    calendarWindowsNote:
      'Tinted: the windows of the target groups with posts this week, from each target’s timing (a phase may narrow or widen it).',
    calendarWindowTitle: '{{group}}: {{start}}–{{end}}',
    restoreAsDraft:
      'This post is approved: restore the old version as a draft, which then goes through review.',
    hiddenField: 'The field “{{field}}” cannot be queried or sorted on.',

    // Next slots
    nextSlotsLoginRequired: 'Log in to see the next free slots.',
    nextSlotsMissing:
      'Say which post (?post=ID), or which target and phase (?target=ID&phase=ID), but not both.',
    nextSlotsBadParameter: 'Give “{{param}}” once, as plain text.',
    nextSlotsBadCount: 'Give “count” as a whole number from 1 to {{max}}.',
    nextSlotsBadFrom: 'Give “from” as an ISO date, for example 2026-03-01 or 2026-03-01T08:30:00Z.',
    nextSlotsBadFormat: 'Unknown format “{{format}}”: use one of {{formats}}.',
    nextSlotsUnknownPost: 'No post you may read has the id “{{id}}”.',
    nextSlotsUnknownTarget: 'No target has the id “{{id}}”.',
    nextSlotsUnknownPhase: 'No journey phase has the id “{{id}}”.',
    nextSlotsUnknownMessage: 'No key message has the id “{{id}}”.',
    nextSlotsPostIncomplete: 'This post has no target or phase yet: choose them first.',
    nextSlotsNoneInHorizon:
      'No date in the next {{days}} days satisfies every rule of the editorial line for this post.',
    nextSlotsBlocked: 'No date can suit this post as it stands: {{problems}}',

    // Referential safety
    inUseByPosts_one: 'This document is used by {{count}} post: change or delete that post first.',
    inUseByPosts_other: 'This document is used by {{count}} posts: change or delete them first.',
    phaseHasMessages_one: 'This phase has {{count}} key message: move or delete it first.',
    phaseHasMessages_other: 'This phase has {{count}} key messages: move or delete them first.',
    targetHasPhases_one: 'This target has {{count}} journey phase: delete it first.',
    targetHasPhases_other: 'This target has {{count}} journey phases: delete them first.',
    phaseMoveRefused:
      'This phase cannot move to another target while {{messages}} key message(s) and {{posts}} post(s) point at it.',

    // Weekdays inside sentences
    onDayMon: 'Monday',
    onDayTue: 'Tuesday',
    onDayWed: 'Wednesday',
    onDayThu: 'Thursday',
    onDayFri: 'Friday',
    onDaySat: 'Saturday',
    onDaySun: 'Sunday',
    dayNameMon: 'Monday',
    dayNameTue: 'Tuesday',
    dayNameWed: 'Wednesday',
    dayNameThu: 'Thursday',
    dayNameFri: 'Friday',
    dayNameSat: 'Saturday',
    dayNameSun: 'Sunday',

    // Results per post (metrics), /api/posts/results and /admin/results
    metrics: 'Results',
    metricsDescription:
      'What the post achieved once published: reported by the publisher (API key) or an admin.',
    metricImpressions: 'Impressions',
    metricReactions: 'Reactions',
    metricComments: 'Comments',
    metricShares: 'Shares',
    metricClicks: 'Clicks',
    metricsMeasuredAt: 'Measured at',
    metricsWholeNumber: 'Enter a whole number, 0 or more.',
    metricsRole: 'Only a publisher (with its API key) or an admin records a post’s results.',
    metricsNotPublished: 'Results are recorded on published posts only: this post has not gone out.',
    resultsLoginRequired: 'Log in to see the results.',
    resultsBadMonth: 'Give the period as ?from=YYYY-MM&to=YYYY-MM, for example ?from=2026-01&to=2026-06.',
    resultsBadGroupBy: 'Say how to group the posts: groupBy is one of {{groupings}}.',
    resultsBadFormat: 'format is json (the default) or csv.',
    resultsNeedSql: 'Results are computed in a SQL database (SQLite or PostgreSQL).',
    resultsNone: '(none)',
    resultsTitle: 'Results',
    resultsFrom: 'From',
    resultsTo: 'To',
    resultsGroupBy: 'Grouped by',
    resultsByTarget: 'Target',
    resultsByPhase: 'Journey phase',
    resultsByMessage: 'Key message',
    resultsByFormat: 'Format',
    resultsByWeekday: 'Weekday',
    resultsByHour: 'Hour',
    resultsCsv: 'Download CSV',
    resultsBadQueryShown: 'That period or grouping cannot be shown: here are the last 12 months by phase.',
    resultsExplain:
      'Published posts with reported results, dated within the period (months in {{timezone}}). Engagement = (reactions + comments + shares) / impressions.',
    resultsEmpty: 'No published post of this period has results yet.',
    resultsEngagementRate: 'Engagement rate',
    resultsClickRate: 'Click rate',
    resultsMedian: 'Median engagement per post',
    resultsPosts: 'Posts measured',
    resultsImpressions: 'Impressions',
    resultsChartTitle: 'Engagement rate and click rate per group',

    // Home page (above the dashboard)
    homeTitle: 'Editorial desk',
    homeWeek: 'The next 7 days',
    homeWeekEmpty: 'No post dated in the next 7 days.',
    homeOpenCalendar: 'Open the calendar',
    homeQueue: 'Review queue ({{count}})',
    homeQueueWaiting_zero: 'No post waits for review.',
    homeQueueWaiting_one: '1 post waits for review; the oldest:',
    homeQueueWaiting_other: '{{count}} posts wait for review; the oldest:',
    homeQueueSince: 'sent {{date}}',
    homeOpenQueue: 'Open the review queue',
    homeMix: 'Mix of {{month}}',
    homeOpenMix: 'Open the monthly mix',
    homeSlots: 'Next compliant slot per open target',
    homeSlotNone: 'no slot within a year',
    homeCoverage: 'Journey coverage, {{month}}',
    homeCoverageLegend:
      'Committed posts (approved or published) per phase. Outlined: phases in season in campaign month {{month}}; in red: in season with no post.',
    homeCoverageGap: 'none!',
    homeCoverageInSeason: 'in season',
    homeStale: 'Key messages unused for 90 days',
    homeStaleNone: 'Every active key message was used in the last 90 days.',

    // Validation
    malformedValue: 'This value has the wrong shape for this field.',
    unknownReference: 'This refers to a document that does not exist.',
    invalidDate: 'Enter a valid date, for example 2027-01-05T08:30:00.000Z.',
    malformedQuery: 'The query condition where[{{condition}}] has a value this field can never hold.',
    malformedParameter: '“{{param}}” must be a whole number from {{min}} to {{max}}.',
    malformedWhere: 'Give “where” as conditions in brackets (where[title][equals]=…) or as one JSON object.',
    unknownId: 'No document has the id “{{id}}”.',
    noVersions: '“{{slug}}” keeps no versions.',
    mixLoginRequired: 'Log in to see the monthly mix.',
    mixBadMonth:
      'Give the month as YYYY-MM, for example ?month=2026-03, or a range ?from=2026-01&to=2026-06.',
    mixBadRange: 'The range ends before it starts: “to” must not come before “from”.',
    mixMissingMonth: 'Say which month: ?month=YYYY-MM, or a range ?from=YYYY-MM&to=YYYY-MM.',
    mixRangeTooLong: 'A range covers at most 24 months.',
    mixTitle: 'Monthly mix',
    mixPrevious: 'Previous month',
    mixNext: 'Next month',
    mixShow: 'Show',
    mixPlanned: 'plan {{planned}} % ± {{tolerance}}',
    mixNoPlan: 'The plan has no row yet for this month (it starts later): no mix rule applies.',
    mixPlanInForce: 'plan of {{month}}, in force',
    mixAddNextMonth: 'Add next month (copied from the row in force)',
    mixCommitted: '{{share}} % committed ({{count}})',
    mixPipeline_one: '{{count}} in review',
    mixPipeline_other: '{{count}} in review',
    mixPublished_one: '{{count}} published',
    mixPublished_other: '{{count}} published',
    mixTooFew_zero: 'No committed post this month yet.',
    mixTooFew_one: 'Only 1 committed post this month: too few for the percentages to mean much.',
    mixTooFew_other: 'Only {{count}} committed posts this month: too few for the percentages to mean much.',
    mixTotals: '{{committed}} committed ({{published}} published), {{pipeline}} in review',
    mixStrip: 'The plan’s months',
    mixPlanBar: 'Plan',
    mixActualBar: 'Committed',
    verdictOnPlan: 'On plan',
    verdictUnder: 'Under plan',
    verdictOver: 'Over plan',
    verdictBlocked: 'Planned at 0 % but has posts',
    verdictNoPlan: 'No plan',
    mixHint:
      'This post would take {{group}} to {{share}} % of the committed posts of {{month}} (plan {{planned}} % ± {{tolerance}}).',
    mixHintNoPlan: 'The plan has no mix for {{month}}.',
    mixHintIncomplete: 'Choose a target and a publication date to see this post’s place in the monthly mix.',
    invalidTime: 'Enter a time as HH:mm, for example 08:30.',
    invalidEndTime: 'Enter a time as HH:mm, for example 09:30 (24:00 for the end of the day).',
    startAndEndTogether: 'Give both the start and the end time, or neither.',
    endAfterStart: 'The end time must be after the start time.',
    invalidMonth: 'Enter a month as YYYY-MM, for example 2026-03.',
    invalidTimezone: 'Unknown timezone: use an IANA name such as Europe/Paris.',
    invalidSlug: 'Use lowercase letters, digits and dashes only.',
    monthToBeforeFrom: 'The last month cannot come before the first month.',
    mixRowTotal: 'The shares of {{month}} add up to {{total}}%, not 100%.',
    mixMonthTwice: 'The month {{month}} appears more than once in the mix.',

    // Calendar feed
    calendarName: 'Approved posts',
    calendarLine: '{{label}}: {{value}}',
    calendarBadDate: 'Give “{{param}}” as an ISO date, for example 2026-03-01 or 2026-03-01T08:30:00Z.',
    calendarBadParameter: 'Give “{{param}}” once, as plain text.',
    calendarBadRange: 'The window ends before it starts: “to” must not come before “from”.',
    calendarUnknownChannel: 'Unknown channel “{{channel}}”: use one of {{channels}}.',
    calendarUnknownTarget: 'No target has the id or slug “{{target}}”.',
    // The customer's document: export and import (GET/POST /api/editorial-line/document)
    documentDownload: 'Download the document',
    documentImportTitle: 'Import the document',
    documentImportIntro:
      'Load a version of the editorial line document (Markdown, as exported or as the customer writes it). Review the changes, then apply them: nothing the document no longer names is deleted.',
    documentFile: 'Markdown file',
    documentPaste: 'Or paste the document',
    documentPreview: 'Show the changes',
    documentApply: 'Apply the changes',
    documentApplied: 'Applied: {{created}} created, {{updated}} updated, {{unchanged}} unchanged.',
    documentCounts: '{{created}} to create, {{updated}} to update, {{unchanged}} unchanged.',
    documentNoChange: 'The document matches the editorial line: nothing to change.',
    documentGroupPlan: 'Plan and monthly mix',
    documentActionCreate: 'Create',
    documentActionUpdate: 'Update',
    documentActionAbsent: 'No longer in the document (kept)',
    documentAdminsOnly: 'Only administrators import the editorial line document.',
    documentLoginRequired: 'Log in to download or import the editorial line document.',
    documentWrongType: 'Send the document as Markdown, with the header content-type: text/markdown.',
    documentTooLarge: 'The document is larger than 1 MB: nothing was read.',
    documentNotApplied: 'Nothing was written: {{reason}}',
    documentProblem: 'Line {{line}}, column {{column}}: {{problem}}',
    documentProblemBadHeader:
      'the YAML header cannot be read ({{value}}); expected startMonth as YYYY-MM, an IANA timezone, whole numbers for activeClients and mixTolerance.',
    documentProblemBadHours:
      '“{{value}}” is not an hour range; expected for example 8h30-9h30 or 08:30-09:30.',
    documentProblemBadMonths:
      '“{{value}}” is not a range of campaign months; expected for example Mois 1-2 or Mois 6+.',
    documentProblemBadNumber: '“{{value}}” is not a whole number.',
    documentProblemBadPercent:
      '“{{value}}” is not a percentage; expected a whole number from 0 to 100, such as 15%.',
    documentProblemDuplicateMonth:
      'the month {{value}} has a second row in the monthly mix; expected one row per month.',
    documentProblemDuplicatePhase:
      'the phase “{{value}}” appears twice for this target; expected each journey step once.',
    documentProblemDuplicateTarget: 'the target “{{value}}” appears twice; expected each target once.',
    documentProblemMessageOutsidePhase:
      'key messages outside any phase; expected them under a heading “### Phase N : …”.',
    documentProblemMixNotHundred:
      'the monthly mix row {{value}} does not add up to 100 %; expected shares that add up to 100.',
    documentProblemMonthRangeBackwards:
      '“{{value}}” ends before it starts; expected the earlier month first.',
    documentProblemNoTarget: 'no target heading; expected at least one “## CIBLE N : name”.',
    documentProblemUnknownFormat:
      'unknown format “{{value}}”; expected formats of the vocabulary, such as Post texte or Vidéo courte.',
    documentProblemUnknownGroup: 'unknown target group “{{value}}”; expected one of the plan’s groups.',
    documentProblemUnknownMonth:
      '“{{value}}” is not a month; expected a month name (Mars, Mars 2026), a range (Jan-Fév) or YYYY-MM.',
    documentProblemUnknownPhase:
      '“{{value}}” is not a journey step; expected Awareness, Consideration, Decision, Retention or Advocacy.',
    documentProblemUnknownTarget: 'no target of the document is called “{{value}}”.',
    documentProblemUnknownWeekday: '“{{value}}” is not a weekday; expected Lundi … Dimanche.',
    // Notifications (#29)
    reviewer: 'Reviewer',
    reviewerDescription:
      'An approver or admin asked to review this post; without one, every approver is asked.',
    reviewerNotReviewer: 'The reviewer must be an approver or an admin.',
    reviewerIsAuthor: 'The author cannot review their own post.',
    reviewerNotAllowed: 'Only approvers and admins, or the author while writing, choose the reviewer.',
    assignedToMe: 'Assigned to me ({{count}})',
    homeAssigned: 'Assigned to me',
    homeAssignedEmpty: 'No post waits for your review.',
    failedEmails: 'Emails not sent ({{count}})',
    homeFailedEmails: 'Emails not sent',
    homeFailedEmailsHelp: 'These messages failed their last try (check the SMTP settings and the server’s log):',
    notifications: 'Email notifications',
    notificationsDescription: 'Which emails you get about posts, and in which language.',
    notifyReview: 'A post to review',
    notifyChangesRequested: 'Changes requested on my post',
    notifyApproved: 'My post approved',
    notifyReminder: 'A post to approve before its slot (reminder)',
    notifySlotPassed: 'My post sent back: its slot passed in review',
    notifyOverdue: 'An approved post not published after its slot (admins)',
    notifyDigest: 'The weekly digest (Monday 08:00): the week’s posts and what waits for me',
    deadlineSlotPassed: 'The slot passed before the post was approved: sent back to its author.',
    notifyLanguage: 'Language of the emails',
  },
}

export type EditorialLineTranslations = typeof enTranslations

export const en: Language<EditorialLineTranslations> = {
  dateFNSKey: 'en-US',
  translations: enTranslations,
}
