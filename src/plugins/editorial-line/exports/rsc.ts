// Server components of the admin, referenced as `payload-plugin-editorial-line/rsc#<Name>`.
export { CalendarNavLink } from '../components/CalendarNavLink/CalendarNavLink.js'
export { CalendarView } from '../components/CalendarView/CalendarView.js'
export { MixHint } from '../components/MixHint/MixHint.js'
export { MixNavLink } from '../components/MixNavLink/MixNavLink.js'
export { MixView } from '../components/MixView/MixView.js'
export { ReviewQueueLink } from '../components/ReviewQueueLink/ReviewQueueLink.js'
export { WarningsCell } from '../components/WarningsCell/WarningsCell.js'
export { WorkflowStatus } from '../components/WorkflowStatus/WorkflowStatus.js'
