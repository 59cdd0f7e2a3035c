// Client components of the admin ('use client' in each file), referenced as
// `payload-plugin-editorial-line/client#<Name>`.
export { AddPlanRow } from '../line/components/AddPlanRow.client.js'
export { ArrayRowLabel } from '../line/components/ArrayRowLabel.client.js'
export { BriefPanel } from '../desk/components/BriefPanel.client.js'
export { DocumentImport } from '../document/components/DocumentImport.client.js'
export { DependentRelationship } from '../desk/components/DependentRelationship.client.js'
export { FormatSelect } from '../desk/components/FormatSelect.client.js'
export { ChannelSelect } from '../desk/components/ChannelSelect.client.js'
export { LiveChecklist } from '../desk/components/LiveChecklist.client.js'
export { PostPreview } from '../desk/components/PostPreview.client.js'
export { SlotPicker } from '../slots/components/SlotPicker.client.js'
export { TargetGuard } from '../desk/components/TargetGuard.client.js'
