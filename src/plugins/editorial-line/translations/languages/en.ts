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
    mixDescription: 'Planned share of posts per target group, in percent. Each row adds up to 100.',
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
    formatText: 'Text post',
    formatCarousel: 'Educational carousel',
    formatTestimonial: 'Anonymised testimonial',
    formatShortVideo: 'Short video',
    formatCaseStudy: 'Anonymised case study',
    formatComparison: 'Comparison',
    formatBehindTheScenes: 'Behind the scenes',
    formatProductNews: 'Product news',
    formatCoCreation: 'Co-creation',
    formatInterview: 'Interview',

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
    groupOf: 'Training organisations (OF)',
    groupCoachs: 'Coaches',
    groupAuditeurs: 'Auditors',
    groupAutres: 'Others',

    // Validation
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
  },
}

export type EditorialLineTranslations = typeof enTranslations

export const en: Language<EditorialLineTranslations> = {
  dateFNSKey: 'en-US',
  translations: enTranslations,
}
