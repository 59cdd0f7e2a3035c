import type { RowLabelComponent } from 'payload'

/**
 * Components are referenced by path, relative to the host's `admin.importMap.baseDir` (`src/`),
 * and `npm run generate:importmap` writes the import map from these paths.
 */
const COMPONENTS = '/plugins/editorial-line/components'

export const arrayRowLabel = (fieldName: string): RowLabelComponent => ({
  path: `${COMPONENTS}/ArrayRowLabel/ArrayRowLabel.client#ArrayRowLabel`,
  clientProps: { fieldName },
})

export const mixView = `${COMPONENTS}/MixView/MixView#MixView`
export const mixNavLink = `${COMPONENTS}/MixNavLink/MixNavLink#MixNavLink`
export const calendarView = `${COMPONENTS}/CalendarView/CalendarView#CalendarView`
export const calendarNavLink = `${COMPONENTS}/CalendarNavLink/CalendarNavLink#CalendarNavLink`
export const mixHint = `${COMPONENTS}/MixHint/MixHint#MixHint`
export const workflowStatus = `${COMPONENTS}/WorkflowStatus/WorkflowStatus#WorkflowStatus`
export const liveChecklist = `${COMPONENTS}/LiveChecklist/LiveChecklist.client#LiveChecklist`
export const slotPicker = `${COMPONENTS}/SlotPicker/SlotPicker.client#SlotPicker`
export const briefPanel = `${COMPONENTS}/BriefPanel/BriefPanel.client#BriefPanel`
export const targetGuard = `${COMPONENTS}/TargetGuard/TargetGuard.client#TargetGuard`
/** A post's phase or key message menu, filtered in the browser by the field it depends on. */
export const dependentRelationship = (choice: 'phase' | 'message') => ({
  path: `${COMPONENTS}/DependentRelationship/DependentRelationship.client#DependentRelationship`,
  clientProps: { choice },
})
export const formatSelect = `${COMPONENTS}/FormatSelect/FormatSelect.client#FormatSelect`
export const warningsCell = `${COMPONENTS}/WarningsCell/WarningsCell#WarningsCell`
export const reviewQueueLink = `${COMPONENTS}/ReviewQueueLink/ReviewQueueLink#ReviewQueueLink`
