import type { RowLabelComponent } from 'payload'

/**
 * The admin components, by package specifier: the host's import map (`payload generate:importmap`)
 * imports them from the installed package, wherever the host keeps its own files.
 */
const PACKAGE = 'payload-plugin-editorial-line'
const rsc = (name: string) => `${PACKAGE}/rsc#${name}`
const client = (name: string) => `${PACKAGE}/client#${name}`

export const arrayRowLabel = (fieldName: string): RowLabelComponent => ({
  path: client('ArrayRowLabel'),
  clientProps: { fieldName },
})

export const mixView = rsc('MixView')
export const mixNavLink = rsc('MixNavLink')
export const calendarView = rsc('CalendarView')
export const calendarNavLink = rsc('CalendarNavLink')
export const documentImportView = rsc('DocumentImportView')
export const documentNavLinks = rsc('DocumentNavLinks')
export const mixHint = rsc('MixHint')
export const workflowStatus = rsc('WorkflowStatus')
export const liveChecklist = client('LiveChecklist')
/** The post as its channel shows it, beside the form (issue #27). */
export const postPreview = client('PostPreview')
export const slotPicker = client('SlotPicker')
export const briefPanel = client('BriefPanel')
export const addPlanRow = client('AddPlanRow')
export const targetGuard = client('TargetGuard')
/** A post's phase or key message menu, filtered in the browser by the field it depends on. */
export const dependentRelationship = (choice: 'phase' | 'message') => ({
  path: client('DependentRelationship'),
  clientProps: { choice },
})
export const formatSelect = client('FormatSelect')
/** A post's channel menu: the channels its phase (else its target) allows. */
export const channelSelect = client('ChannelSelect')
export const warningsCell = rsc('WarningsCell')
export const reviewQueueLink = rsc('ReviewQueueLink')
export const homeDashboard = rsc('HomeDashboard')
export const resultsView = rsc('ResultsView')
export const resultsNavLink = rsc('ResultsNavLink')
