import type { CollectionConfig, CollectionSlug, GroupField } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { date, relationship, richText, select, text, upload } from 'payload/shared'

import type { CollectionOverride } from '../options/resolveOptions.js'
import type { Level, RuleName } from '../rules/types.js'
import type { PluginSlugs } from '../options/slugs.js'
import type { FormatOption } from './formats.js'

import { approvedPosts } from '../access/approvedPosts.js'
import { and, or } from '../access/combine.js'
import { hasRole, userHasRole } from '../access/hasRole.js'
import { isAuthor } from '../access/isAuthor.js'
import { isStaff } from '../access/isStaff.js'
import { notPublishing } from '../access/notPublishing.js'
import { unapprovedDrafts } from '../access/unapprovedDrafts.js'
import {
  briefPanel,
  channelSelect,
  dependentRelationship,
  formatSelect,
  liveChecklist,
  mixHint,
  postPreview,
  slotPicker,
  targetGuard,
  warningsCell,
  workflowStatus,
} from '../admin/componentPaths.js'
import { calendarEndpoint } from '../calendar/feed/calendarEndpoint.js'
import { checkEndpoint } from '../rules/checkEndpoint.js'
import { mixEndpoint } from '../mix/mixEndpoint.js'
import { nextSlotsEndpoint } from '../slots/nextSlotsEndpoint.js'
import { channelChoicesEndpoint } from '../desk/channelChoicesEndpoint.js'
import { checkpointValidation } from './checkpointValidation.js'
import { formatOptions, postStatusOptions } from '../translations/optionLists.js'
import { choiceParent, POST_CHOICES } from './postChoices.js'
import { isHttpUrl } from '../validators/httpUrl.js'
import { enforceWorkflow } from '../workflow/enforceWorkflow.js'
import { assessEditorialRules } from '../rules/assessEditorialRules.js'
import { hideDraftsFromConsumers } from './hideDraftsFromConsumers.js'
import { hideStaffFields } from './hideStaffFields.js'
import { keepPendingRevision } from '../workflow/keepPendingRevision.js'
import { refuseDeletingApproved } from './refuseDeletingApproved.js'
import { refuseHiddenRelatedPaths } from '../guards/refuseHiddenRelatedPaths.js'
import { refuseMetricsWrite } from '../results/refuseMetricsWrite.js'
import { stampMeasuredAt } from '../results/stampMeasuredAt.js'
import { metricsField } from '../results/metricsField.js'
import { resultsEndpoint } from '../results/resultsEndpoint.js'
import { routeWorkflowSave } from '../workflow/routeWorkflowSave.js'
import { checkReviewer } from '../workflow/checkReviewer.js'
import { reviewerField } from '../workflow/reviewerField.js'
import { queueNotifications } from '../notifications/queueNotifications.js'
import { setAuthor } from './setAuthor.js'
import { label, staticLabel } from '../translations/index.js'
import { applyOverride } from '../options/applyOverride.js'
import { planTimezone } from '../line/planTimezone.js'

/** A post an editor writes for one target, phase and key message. */
/**
 * An approver's override of a rule family on one post (timing, copy rules): a reason, who and when.
 * Approvers see it always; others once an override exists (the rules hook refuses their changes).
 */
const overrideGroup = ({
  name,
  usersSlug,
}: {
  name: 'copyOverride' | 'timingOverride'
  usersSlug: string
}): GroupField => ({
  name,
  type: 'group',
  label: label(name),
  access: { read: isStaff },
  admin: {
    position: 'sidebar',
    description: label(`${name}Description`),
    condition: (_data, siblingData, { user }) =>
      userHasRole({ user, roles: ['approver', 'admin'] }) || Boolean(siblingData?.[name]?.reason),
  },
  fields: [
    { name: 'reason', type: 'textarea', label: label('reason') },
    {
      name: 'by',
      type: 'relationship',
      relationTo: usersSlug as CollectionSlug,
      label: label('overriddenBy'),
      admin: { readOnly: true },
    },
    { name: 'at', type: 'date', label: label('overriddenAt'), admin: { readOnly: true } },
  ],
})

export const createPostsCollection = ({
  slugs,
  formats,
  usersSlug,
  rules,
  timezone,
  adminGroup = staticLabel({ key: 'groupPublishing' }),
  override,
}: {
  slugs: PluginSlugs
  /** The formats a post can take. */
  formats: FormatOption[]
  usersSlug: string
  /** Level of each editorial rule. */
  rules: Record<RuleName, Level>
  /** The plan's timezone until the plan sets one. */
  timezone: string
  /** The admin navigation group's name per language (the host's translations of the key win). @default the plugin's own `groupPublishing` */
  adminGroup?: Record<string, string>
  override?: CollectionOverride
}) =>
  applyOverride<CollectionConfig>({
    override,
    config: {
      slug: slugs.posts,
      labels: { singular: label('postSingular'), plural: label('postPlural') },
      admin: {
        group: adminGroup,
        useAsTitle: 'title',
        defaultColumns: ['title', 'target', 'phase', 'format', 'publishAt', 'status', 'warnings'],
        listSearchableFields: ['title'],
        components: { edit: { Status: workflowStatus } },
      },
      // Who may make which status change is the workflow's business (enforceWorkflow), not access's.
      access: {
        read: or(isStaff, approvedPosts),
        readVersions: isStaff,
        create: and(isStaff, notPublishing),
        update: or(
          hasRole('approver', 'admin', 'publisher'),
          and(hasRole('editor'), notPublishing, isAuthor),
        ),
        delete: or(hasRole('admin'), and(isStaff, isAuthor, unapprovedDrafts)),
      },
      // Every approved version is kept: `maxPerDoc: 0` never prunes. Drafts are validated too: an
      // edit of an approved post is saved as a draft version, and its fields must still pass the rules.
      versions: { drafts: { validate: true }, maxPerDoc: 0 },
      defaultSort: '-publishAt',
      // Without statistics SQLite picks a single-column index on an equality (target, status, _status)
      // over the publishAt range or sort: 30× slower mix counts and sorted lists at 100,000 posts (bench/).
      indexes: [
        { fields: ['target', 'status', 'publishAt'] },
        { fields: ['_status', 'publishAt'] },
        { fields: ['_status', 'status'] },
        // The month counts of the rules and the slot finder (all targets' committed posts; one
        // phase's posts) and the mix report's grouped count (month, target, status), each read from
        // the index alone, so that a busy month or a large archive costs about what an empty one does.
        { fields: ['status', 'publishAt', 'target'] },
        { fields: ['phase', 'status', 'publishAt'] },
      ],
      endpoints: [
        mixEndpoint,
        calendarEndpoint,
        checkEndpoint({ levels: rules, defaultTimezone: timezone }),
        nextSlotsEndpoint({ levels: rules, defaultTimezone: timezone }),
        channelChoicesEndpoint,
        resultsEndpoint,
      ],
      hooks: {
        beforeOperation: [
          hideDraftsFromConsumers,
          refuseHiddenRelatedPaths,
          routeWorkflowSave,
          refuseMetricsWrite,
        ],
        beforeChange: [
          setAuthor,
          enforceWorkflow,
          checkReviewer,
          // Runs the rules once; each checkpoint field's `validate` then reports its own refusals.
          assessEditorialRules({ levels: rules, defaultTimezone: timezone }),
          stampMeasuredAt,
        ],
        // Notifications first: keepPendingRevision forgets the planned save they read.
        afterChange: [queueNotifications, keepPendingRevision],
        afterRead: [hideStaffFields],
        beforeDelete: [refuseDeletingApproved],
      },
      fields: [
        // Copy rules (issue #28) refuse on the title or body they find a blocking term in.
        {
          name: 'title',
          type: 'text',
          label: label('title'),
          required: true,
          validate: checkpointValidation({ path: 'title', base: text }),
        },
        {
          name: 'body',
          type: 'richText',
          label: label('body'),
          editor: lexicalEditor(),
          // A channel's maximum length is checked on the body's plain text (channelLength).
          validate: checkpointValidation({ path: 'body', base: richText }),
        },
        // The media library's files (#27), in the order the post shows them: what the publisher
        // receives with the post (absolute URLs, sizes, alt text), and what the format rules count.
        {
          name: 'media',
          type: 'upload',
          relationTo: slugs.media,
          hasMany: true,
          label: label('media'),
          // What its format requires on its channel and the images' alt text (formatComplete).
          validate: checkpointValidation({ path: 'media', base: upload }),
          admin: { description: label('mediaDescription'), isSortable: true },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'target',
              type: 'relationship',
              relationTo: slugs.targets,
              label: label('target'),
              index: true,
              validate: checkpointValidation({ path: 'target', base: relationship }),
            },
            {
              name: 'phase',
              type: 'relationship',
              relationTo: slugs.phases,
              label: label('phase'),
              index: true,
              validate: checkpointValidation({ path: 'phase', base: relationship }),
              filterOptions: ({ siblingData }) =>
                POST_CHOICES.phase.where(choiceParent((siblingData as { target?: unknown }).target)),
              admin: { components: { Field: dependentRelationship('phase') } },
            },
          ],
        },
        {
          name: 'message',
          type: 'relationship',
          relationTo: slugs.messages,
          label: label('message'),
          index: true,
          validate: checkpointValidation({ path: 'message', base: relationship }),
          filterOptions: ({ siblingData }) =>
            POST_CHOICES.message.where(choiceParent((siblingData as { phase?: unknown }).phase)),
          admin: { components: { Field: dependentRelationship('message') } },
        },
        { name: 'targetGuard', type: 'ui', admin: { components: { Field: targetGuard } } },
        {
          type: 'row',
          fields: [
            {
              name: 'format',
              type: 'select',
              label: label('format'),
              options: formatOptions(formats),
              validate: checkpointValidation({ path: 'format', base: select }),
              admin: { components: { Field: formatSelect } },
            },
            {
              name: 'channel',
              type: 'relationship',
              relationTo: slugs.channels,
              label: label('channel'),
              // Filled in by the server when left out: the first channel the phase allows
              // (assessEditorialRules), so that a post always says where it goes out.
              required: true,
              index: true,
              validate: checkpointValidation({ path: 'channel', base: relationship }),
              admin: { components: { Field: channelSelect } },
            },
          ],
        },
        {
          name: 'publishAt',
          type: 'date',
          label: label('publishAt'),
          index: true,
          validate: checkpointValidation({ path: 'publishAt', base: date }),
          // Entered and shown in the plan's timezone whatever the browser's: Payload's date field keeps
          // the zone in `publishAt_tz`, which the list and the edit view read. The server pins it to
          // the plan's timezone on every save (assessEditorialRules); the instant stays in `publishAt`.
          timezone: {
            defaultTimezone: timezone,
            supportedTimezones: [{ label: timezone, value: timezone }],
            // A plain text column, not a one-value enum: an admin may move the plan to another zone.
            override: ({ baseField }) => ({
              name: baseField.name,
              type: 'text',
              label: label('publishAtTimezone'),
              defaultValue: planTimezone({ fallback: timezone, collection: slugs.posts }),
              admin: { hidden: true },
            }),
          },
          admin: {
            position: 'sidebar',
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeIntervals: 15 },
          },
        },
        { name: 'slotPicker', type: 'ui', admin: { position: 'sidebar', components: { Field: slotPicker } } },
        {
          name: 'status',
          type: 'select',
          label: label('status'),
          required: true,
          defaultValue: 'draft',
          index: true,
          options: postStatusOptions,
          // Payload's own `_status` (draft / published) would otherwise take the same enum name in PostgreSQL.
          enumName: `enum_${slugs.posts.replaceAll('-', '_')}_workflow_status`,
          admin: { position: 'sidebar' },
        },
        {
          name: 'author',
          type: 'relationship',
          relationTo: usersSlug as CollectionSlug,
          label: label('author'),
          // Only the server (setAuthor) or a trusted script names the author: a caller naming someone
          // else would slip past the four-eyes rule.
          access: { read: isStaff, create: () => false, update: () => false },
          admin: { position: 'sidebar', readOnly: true },
        },
        // Notifications (#29): who is asked to review.
        reviewerField({ usersSlug }),
        {
          name: 'publishedUrl',
          type: 'text',
          label: label('publishedUrl'),
          validate: (value: null | string | undefined) =>
            !value || isHttpUrl(value) || 'editorialLine:publishedUrlRequired',
          admin: {
            position: 'sidebar',
            description: label('publishedUrlDescription'),
            // Shown to those who may mark a post published, and to everyone once it has a URL.
            condition: (data, _siblingData, { user }) =>
              Boolean(data?.publishedUrl) ||
              (data?.status === 'approved' && userHasRole({ user, roles: ['approver', 'admin'] })),
          },
        },
        metricsField,
        {
          name: 'reviewComment',
          type: 'textarea',
          virtual: true,
          label: label('reviewComment'),
          access: { read: isStaff },
          // Not stored (it goes into the review log), yet typed in: Payload makes virtual fields read-only unless told.
          admin: { position: 'sidebar', readOnly: false, description: label('reviewCommentDescription') },
        },
        {
          name: 'mixHint',
          type: 'ui',
          admin: { position: 'sidebar', components: { Field: mixHint } },
        },
        { name: 'brief', type: 'ui', admin: { position: 'sidebar', components: { Field: briefPanel } } },
        { name: 'preview', type: 'ui', admin: { position: 'sidebar', components: { Field: postPreview } } },
        {
          name: 'checklist',
          type: 'group',
          label: label('checklist'),
          access: { read: isStaff },
          // Stored as of the last save; the form shows it live instead, as the editor types.
          admin: {
            position: 'sidebar',
            readOnly: true,
            description: label('checklistDescription'),
            components: { Field: liveChecklist },
          },
          fields: (['target', 'phase', 'message', 'format', 'channel', 'timing', 'complete'] as const).map(
            (name) => ({
              name,
              type: 'checkbox' as const,
              label: label(name),
              defaultValue: false,
            }),
          ),
        },
        overrideGroup({ name: 'timingOverride', usersSlug }),
        // Copy rules (issue #28): an approver lifts their blocks as for timing.
        overrideGroup({ name: 'copyOverride', usersSlug }),
        {
          name: 'warnings',
          type: 'array',
          label: label('warnings'),
          access: { read: isStaff },
          admin: {
            readOnly: true,
            description: label('warningsDescription'),
            condition: (data) => Boolean(data?.warnings?.length),
            components: { Cell: warningsCell },
          },
          fields: [
            { name: 'rule', type: 'text', label: label('rule') },
            { name: 'path', type: 'text', label: label('path') },
            { name: 'message', type: 'textarea', label: label('text') },
          ],
        },
        {
          name: 'reviewLog',
          type: 'array',
          label: label('reviewLog'),
          labels: { singular: label('logEntry'), plural: label('reviewLog') },
          access: { read: isStaff },
          admin: {
            readOnly: true,
            description: label('reviewLogDescription'),
            condition: (data) => Boolean(data?.reviewLog?.length),
          },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'from', type: 'select', label: label('logFrom'), options: postStatusOptions },
                { name: 'to', type: 'select', label: label('logTo'), options: postStatusOptions },
                {
                  name: 'by',
                  type: 'relationship',
                  relationTo: usersSlug as CollectionSlug,
                  label: label('logBy'),
                },
                {
                  name: 'at',
                  type: 'date',
                  label: label('logAt'),
                  admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
                },
              ],
            },
            { name: 'comment', type: 'textarea', label: label('logComment') },
          ],
        },
      ],
    },
  })
