import { ArrayRowLabel as ArrayRowLabel_e1a5df2f3014673d28fc0cfdeb497560 } from 'payload-plugin-editorial-line/client'
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
import { DependentRelationship as DependentRelationship_e1a5df2f3014673d28fc0cfdeb497560 } from 'payload-plugin-editorial-line/client'
import { TargetGuard as TargetGuard_e1a5df2f3014673d28fc0cfdeb497560 } from 'payload-plugin-editorial-line/client'
import { FormatSelect as FormatSelect_e1a5df2f3014673d28fc0cfdeb497560 } from 'payload-plugin-editorial-line/client'
import { ChannelSelect as ChannelSelect_e1a5df2f3014673d28fc0cfdeb497560 } from 'payload-plugin-editorial-line/client'
import { SlotPicker as SlotPicker_e1a5df2f3014673d28fc0cfdeb497560 } from 'payload-plugin-editorial-line/client'
import { MixHint as MixHint_40bdbc3c0a20e8613380fd57da29d930 } from 'payload-plugin-editorial-line/rsc'
import { BriefPanel as BriefPanel_e1a5df2f3014673d28fc0cfdeb497560 } from 'payload-plugin-editorial-line/client'
import { PostPreview as PostPreview_e1a5df2f3014673d28fc0cfdeb497560 } from 'payload-plugin-editorial-line/client'
import { LiveChecklist as LiveChecklist_e1a5df2f3014673d28fc0cfdeb497560 } from 'payload-plugin-editorial-line/client'
import { WarningsCell as WarningsCell_40bdbc3c0a20e8613380fd57da29d930 } from 'payload-plugin-editorial-line/rsc'
import { WorkflowStatus as WorkflowStatus_40bdbc3c0a20e8613380fd57da29d930 } from 'payload-plugin-editorial-line/rsc'
import { AddPlanRow as AddPlanRow_e1a5df2f3014673d28fc0cfdeb497560 } from 'payload-plugin-editorial-line/client'
import { MixNavLink as MixNavLink_40bdbc3c0a20e8613380fd57da29d930 } from 'payload-plugin-editorial-line/rsc'
import { CalendarNavLink as CalendarNavLink_40bdbc3c0a20e8613380fd57da29d930 } from 'payload-plugin-editorial-line/rsc'
import { ReviewQueueLink as ReviewQueueLink_40bdbc3c0a20e8613380fd57da29d930 } from 'payload-plugin-editorial-line/rsc'
import { ResultsNavLink as ResultsNavLink_40bdbc3c0a20e8613380fd57da29d930 } from 'payload-plugin-editorial-line/rsc'
import { DocumentNavLinks as DocumentNavLinks_40bdbc3c0a20e8613380fd57da29d930 } from 'payload-plugin-editorial-line/rsc'
import { HomeDashboard as HomeDashboard_40bdbc3c0a20e8613380fd57da29d930 } from 'payload-plugin-editorial-line/rsc'
import { MixView as MixView_40bdbc3c0a20e8613380fd57da29d930 } from 'payload-plugin-editorial-line/rsc'
import { CalendarView as CalendarView_40bdbc3c0a20e8613380fd57da29d930 } from 'payload-plugin-editorial-line/rsc'
import { ResultsView as ResultsView_40bdbc3c0a20e8613380fd57da29d930 } from 'payload-plugin-editorial-line/rsc'
import { DocumentImportView as DocumentImportView_40bdbc3c0a20e8613380fd57da29d930 } from 'payload-plugin-editorial-line/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "payload-plugin-editorial-line/client#ArrayRowLabel": ArrayRowLabel_e1a5df2f3014673d28fc0cfdeb497560,
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
  "payload-plugin-editorial-line/client#DependentRelationship": DependentRelationship_e1a5df2f3014673d28fc0cfdeb497560,
  "payload-plugin-editorial-line/client#TargetGuard": TargetGuard_e1a5df2f3014673d28fc0cfdeb497560,
  "payload-plugin-editorial-line/client#FormatSelect": FormatSelect_e1a5df2f3014673d28fc0cfdeb497560,
  "payload-plugin-editorial-line/client#ChannelSelect": ChannelSelect_e1a5df2f3014673d28fc0cfdeb497560,
  "payload-plugin-editorial-line/client#SlotPicker": SlotPicker_e1a5df2f3014673d28fc0cfdeb497560,
  "payload-plugin-editorial-line/rsc#MixHint": MixHint_40bdbc3c0a20e8613380fd57da29d930,
  "payload-plugin-editorial-line/client#BriefPanel": BriefPanel_e1a5df2f3014673d28fc0cfdeb497560,
  "payload-plugin-editorial-line/client#PostPreview": PostPreview_e1a5df2f3014673d28fc0cfdeb497560,
  "payload-plugin-editorial-line/client#LiveChecklist": LiveChecklist_e1a5df2f3014673d28fc0cfdeb497560,
  "payload-plugin-editorial-line/rsc#WarningsCell": WarningsCell_40bdbc3c0a20e8613380fd57da29d930,
  "payload-plugin-editorial-line/rsc#WorkflowStatus": WorkflowStatus_40bdbc3c0a20e8613380fd57da29d930,
  "payload-plugin-editorial-line/client#AddPlanRow": AddPlanRow_e1a5df2f3014673d28fc0cfdeb497560,
  "payload-plugin-editorial-line/rsc#MixNavLink": MixNavLink_40bdbc3c0a20e8613380fd57da29d930,
  "payload-plugin-editorial-line/rsc#CalendarNavLink": CalendarNavLink_40bdbc3c0a20e8613380fd57da29d930,
  "payload-plugin-editorial-line/rsc#ReviewQueueLink": ReviewQueueLink_40bdbc3c0a20e8613380fd57da29d930,
  "payload-plugin-editorial-line/rsc#ResultsNavLink": ResultsNavLink_40bdbc3c0a20e8613380fd57da29d930,
  "payload-plugin-editorial-line/rsc#DocumentNavLinks": DocumentNavLinks_40bdbc3c0a20e8613380fd57da29d930,
  "payload-plugin-editorial-line/rsc#HomeDashboard": HomeDashboard_40bdbc3c0a20e8613380fd57da29d930,
  "payload-plugin-editorial-line/rsc#MixView": MixView_40bdbc3c0a20e8613380fd57da29d930,
  "payload-plugin-editorial-line/rsc#CalendarView": CalendarView_40bdbc3c0a20e8613380fd57da29d930,
  "payload-plugin-editorial-line/rsc#ResultsView": ResultsView_40bdbc3c0a20e8613380fd57da29d930,
  "payload-plugin-editorial-line/rsc#DocumentImportView": DocumentImportView_40bdbc3c0a20e8613380fd57da29d930,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
