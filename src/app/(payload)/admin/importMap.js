import { ArrayRowLabel as ArrayRowLabel_59bc501938f8c332ecf8119d2edfc70a } from '../../../plugins/editorial-line/components/ArrayRowLabel/ArrayRowLabel.client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DependentRelationship as DependentRelationship_e3779510208c45a76251dfb394d508bb } from '../../../plugins/editorial-line/components/DependentRelationship/DependentRelationship.client'
import { TargetGuard as TargetGuard_4ffdea8d237296bcd160672e43925c81 } from '../../../plugins/editorial-line/components/TargetGuard/TargetGuard.client'
import { FormatSelect as FormatSelect_cb643ca460f95f4e340f99aa930aecf6 } from '../../../plugins/editorial-line/components/FormatSelect/FormatSelect.client'
import { SlotPicker as SlotPicker_8977f372d1f1ee8d30931db9494c0a52 } from '../../../plugins/editorial-line/components/SlotPicker/SlotPicker.client'
import { MixHint as MixHint_241f44fe9d1f40b1a54d7270a2b62787 } from '../../../plugins/editorial-line/components/MixHint/MixHint'
import { BriefPanel as BriefPanel_b0c7bb5c55c5ec5be2d7fa3785763fbb } from '../../../plugins/editorial-line/components/BriefPanel/BriefPanel.client'
import { LiveChecklist as LiveChecklist_0fde47ebc71f48dc8dd27b2f179d1944 } from '../../../plugins/editorial-line/components/LiveChecklist/LiveChecklist.client'
import { WarningsCell as WarningsCell_83722301d96fbc08bf3c7c1e1f33df05 } from '../../../plugins/editorial-line/components/WarningsCell/WarningsCell'
import { WorkflowStatus as WorkflowStatus_7e77364a92c96cc5c4738a9ef0d7c37f } from '../../../plugins/editorial-line/components/WorkflowStatus/WorkflowStatus'
import { MixNavLink as MixNavLink_1baa3196b3bb75310838d907aa1250eb } from '../../../plugins/editorial-line/components/MixNavLink/MixNavLink'
import { CalendarNavLink as CalendarNavLink_5a7ea2eb98a57eb8075f85236ee121b8 } from '../../../plugins/editorial-line/components/CalendarNavLink/CalendarNavLink'
import { ReviewQueueLink as ReviewQueueLink_6b38162ac35d1f620f77eecb88d33112 } from '../../../plugins/editorial-line/components/ReviewQueueLink/ReviewQueueLink'
import { MixView as MixView_5303050d48f2e4b9b875cc8625274fb1 } from '../../../plugins/editorial-line/components/MixView/MixView'
import { CalendarView as CalendarView_0c26471427804e2158d3f19d7f397547 } from '../../../plugins/editorial-line/components/CalendarView/CalendarView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugins/editorial-line/components/ArrayRowLabel/ArrayRowLabel.client#ArrayRowLabel": ArrayRowLabel_59bc501938f8c332ecf8119d2edfc70a,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/plugins/editorial-line/components/DependentRelationship/DependentRelationship.client#DependentRelationship": DependentRelationship_e3779510208c45a76251dfb394d508bb,
  "/plugins/editorial-line/components/TargetGuard/TargetGuard.client#TargetGuard": TargetGuard_4ffdea8d237296bcd160672e43925c81,
  "/plugins/editorial-line/components/FormatSelect/FormatSelect.client#FormatSelect": FormatSelect_cb643ca460f95f4e340f99aa930aecf6,
  "/plugins/editorial-line/components/SlotPicker/SlotPicker.client#SlotPicker": SlotPicker_8977f372d1f1ee8d30931db9494c0a52,
  "/plugins/editorial-line/components/MixHint/MixHint#MixHint": MixHint_241f44fe9d1f40b1a54d7270a2b62787,
  "/plugins/editorial-line/components/BriefPanel/BriefPanel.client#BriefPanel": BriefPanel_b0c7bb5c55c5ec5be2d7fa3785763fbb,
  "/plugins/editorial-line/components/LiveChecklist/LiveChecklist.client#LiveChecklist": LiveChecklist_0fde47ebc71f48dc8dd27b2f179d1944,
  "/plugins/editorial-line/components/WarningsCell/WarningsCell#WarningsCell": WarningsCell_83722301d96fbc08bf3c7c1e1f33df05,
  "/plugins/editorial-line/components/WorkflowStatus/WorkflowStatus#WorkflowStatus": WorkflowStatus_7e77364a92c96cc5c4738a9ef0d7c37f,
  "/plugins/editorial-line/components/MixNavLink/MixNavLink#MixNavLink": MixNavLink_1baa3196b3bb75310838d907aa1250eb,
  "/plugins/editorial-line/components/CalendarNavLink/CalendarNavLink#CalendarNavLink": CalendarNavLink_5a7ea2eb98a57eb8075f85236ee121b8,
  "/plugins/editorial-line/components/ReviewQueueLink/ReviewQueueLink#ReviewQueueLink": ReviewQueueLink_6b38162ac35d1f620f77eecb88d33112,
  "/plugins/editorial-line/components/MixView/MixView#MixView": MixView_5303050d48f2e4b9b875cc8625274fb1,
  "/plugins/editorial-line/components/CalendarView/CalendarView#CalendarView": CalendarView_0c26471427804e2158d3f19d7f397547,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
