// Client components of the admin ('use client' in each file), referenced as
// `payload-plugin-editorial-line/client#<Name>`.
export { AddPlanRow } from '../components/AddPlanRow/AddPlanRow.client.js'
export { ArrayRowLabel } from '../components/ArrayRowLabel/ArrayRowLabel.client.js'
export { BriefPanel } from '../components/BriefPanel/BriefPanel.client.js'
export { DocumentImport } from '../components/DocumentImport/DocumentImport.client.js'
export { DependentRelationship } from '../components/DependentRelationship/DependentRelationship.client.js'
export { FormatSelect } from '../components/FormatSelect/FormatSelect.client.js'
export { LiveChecklist } from '../components/LiveChecklist/LiveChecklist.client.js'
export { SlotPicker } from '../components/SlotPicker/SlotPicker.client.js'
export { TargetGuard } from '../components/TargetGuard/TargetGuard.client.js'
