import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`targets_copy_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'forbid' NOT NULL,
  	\`level\` text DEFAULT 'block' NOT NULL,
  	\`terms\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`targets_copy_rules_order_idx\` ON \`targets_copy_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`targets_copy_rules_parent_id_idx\` ON \`targets_copy_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`phases_copy_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'forbid' NOT NULL,
  	\`level\` text DEFAULT 'block' NOT NULL,
  	\`terms\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`phases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`phases_copy_rules_order_idx\` ON \`phases_copy_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`phases_copy_rules_parent_id_idx\` ON \`phases_copy_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`editorial_line_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`editorial_line_notices_key_idx\` ON \`editorial_line_notices\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`editorial_line_notices_updated_at_idx\` ON \`editorial_line_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editorial_line_notices_created_at_idx\` ON \`editorial_line_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`editorial_plan_copy_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'forbid' NOT NULL,
  	\`level\` text DEFAULT 'block' NOT NULL,
  	\`terms\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editorial_plan\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editorial_plan_copy_rules_order_idx\` ON \`editorial_plan_copy_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`editorial_plan_copy_rules_parent_id_idx\` ON \`editorial_plan_copy_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_review\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_changes_requested\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_approved\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_reminder\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_slot_passed\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_overdue\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_language\` text DEFAULT 'fr';`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`copy_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`copy_override_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`copy_override_at\` text;`)
  await db.run(sql`CREATE INDEX \`posts_reviewer_idx\` ON \`posts\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_copy_override_copy_override_by_idx\` ON \`posts\` (\`copy_override_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_copy_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_copy_override_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_copy_override_at\` text;`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_reviewer_idx\` ON \`_posts_v\` (\`version_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_copy_override_version_copy_override_by_idx\` ON \`_posts_v\` (\`version_copy_override_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`editorial_line_notices_id\` integer REFERENCES editorial_line_notices(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editorial_line_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`editorial_line_notices_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`targets_copy_rules\`;`)
  await db.run(sql`DROP TABLE \`phases_copy_rules\`;`)
  await db.run(sql`DROP TABLE \`editorial_line_notices\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`editorial_plan_copy_rules\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`body\` text,
  	\`target_id\` integer,
  	\`phase_id\` integer,
  	\`message_id\` integer,
  	\`format\` text,
  	\`channel_id\` integer,
  	\`publish_at\` text,
  	\`publishat_tz\` text,
  	\`status\` text DEFAULT 'draft',
  	\`author_id\` integer,
  	\`published_url\` text,
  	\`metrics_impressions\` numeric,
  	\`metrics_reactions\` numeric,
  	\`metrics_comments\` numeric,
  	\`metrics_shares\` numeric,
  	\`metrics_clicks\` numeric,
  	\`metrics_measured_at\` text,
  	\`checklist_target\` integer DEFAULT false,
  	\`checklist_phase\` integer DEFAULT false,
  	\`checklist_message\` integer DEFAULT false,
  	\`checklist_format\` integer DEFAULT false,
  	\`checklist_channel\` integer DEFAULT false,
  	\`checklist_timing\` integer DEFAULT false,
  	\`checklist_complete\` integer DEFAULT false,
  	\`timing_override_reason\` text,
  	\`timing_override_by_id\` integer,
  	\`timing_override_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`target_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`phase_id\`) REFERENCES \`phases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`message_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`timing_override_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_posts\`("id", "title", "body", "target_id", "phase_id", "message_id", "format", "channel_id", "publish_at", "publishat_tz", "status", "author_id", "published_url", "metrics_impressions", "metrics_reactions", "metrics_comments", "metrics_shares", "metrics_clicks", "metrics_measured_at", "checklist_target", "checklist_phase", "checklist_message", "checklist_format", "checklist_channel", "checklist_timing", "checklist_complete", "timing_override_reason", "timing_override_by_id", "timing_override_at", "updated_at", "created_at", "_status") SELECT "id", "title", "body", "target_id", "phase_id", "message_id", "format", "channel_id", "publish_at", "publishat_tz", "status", "author_id", "published_url", "metrics_impressions", "metrics_reactions", "metrics_comments", "metrics_shares", "metrics_clicks", "metrics_measured_at", "checklist_target", "checklist_phase", "checklist_message", "checklist_format", "checklist_channel", "checklist_timing", "checklist_complete", "timing_override_reason", "timing_override_by_id", "timing_override_at", "updated_at", "created_at", "_status" FROM \`posts\`;`)
  await db.run(sql`DROP TABLE \`posts\`;`)
  await db.run(sql`ALTER TABLE \`__new_posts\` RENAME TO \`posts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`posts_target_idx\` ON \`posts\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_phase_idx\` ON \`posts\` (\`phase_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_message_idx\` ON \`posts\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_channel_idx\` ON \`posts\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_publish_at_idx\` ON \`posts\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_status_idx\` ON \`posts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`posts_author_idx\` ON \`posts\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_timing_override_timing_override_by_idx\` ON \`posts\` (\`timing_override_by_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_updated_at_idx\` ON \`posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_at_idx\` ON \`posts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`posts__status_idx\` ON \`posts\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`target_status_publishAt_idx\` ON \`posts\` (\`target_id\`,\`status\`,\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishAt_idx\` ON \`posts\` (\`_status\`,\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_status_idx\` ON \`posts\` (\`_status\`,\`status\`);`)
  await db.run(sql`CREATE INDEX \`status_publishAt_target_idx\` ON \`posts\` (\`status\`,\`publish_at\`,\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`phase_status_publishAt_idx\` ON \`posts\` (\`phase_id\`,\`status\`,\`publish_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_body\` text,
  	\`version_target_id\` integer,
  	\`version_phase_id\` integer,
  	\`version_message_id\` integer,
  	\`version_format\` text,
  	\`version_channel_id\` integer,
  	\`version_publish_at\` text,
  	\`version_publishat_tz\` text,
  	\`version_status\` text DEFAULT 'draft',
  	\`version_author_id\` integer,
  	\`version_published_url\` text,
  	\`version_metrics_impressions\` numeric,
  	\`version_metrics_reactions\` numeric,
  	\`version_metrics_comments\` numeric,
  	\`version_metrics_shares\` numeric,
  	\`version_metrics_clicks\` numeric,
  	\`version_metrics_measured_at\` text,
  	\`version_checklist_target\` integer DEFAULT false,
  	\`version_checklist_phase\` integer DEFAULT false,
  	\`version_checklist_message\` integer DEFAULT false,
  	\`version_checklist_format\` integer DEFAULT false,
  	\`version_checklist_channel\` integer DEFAULT false,
  	\`version_checklist_timing\` integer DEFAULT false,
  	\`version_checklist_complete\` integer DEFAULT false,
  	\`version_timing_override_reason\` text,
  	\`version_timing_override_by_id\` integer,
  	\`version_timing_override_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_target_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_phase_id\`) REFERENCES \`phases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_message_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_timing_override_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posts_v\`("id", "parent_id", "version_title", "version_body", "version_target_id", "version_phase_id", "version_message_id", "version_format", "version_channel_id", "version_publish_at", "version_publishat_tz", "version_status", "version_author_id", "version_published_url", "version_metrics_impressions", "version_metrics_reactions", "version_metrics_comments", "version_metrics_shares", "version_metrics_clicks", "version_metrics_measured_at", "version_checklist_target", "version_checklist_phase", "version_checklist_message", "version_checklist_format", "version_checklist_channel", "version_checklist_timing", "version_checklist_complete", "version_timing_override_reason", "version_timing_override_by_id", "version_timing_override_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_body", "version_target_id", "version_phase_id", "version_message_id", "version_format", "version_channel_id", "version_publish_at", "version_publishat_tz", "version_status", "version_author_id", "version_published_url", "version_metrics_impressions", "version_metrics_reactions", "version_metrics_comments", "version_metrics_shares", "version_metrics_clicks", "version_metrics_measured_at", "version_checklist_target", "version_checklist_phase", "version_checklist_message", "version_checklist_format", "version_checklist_channel", "version_checklist_timing", "version_checklist_complete", "version_timing_override_reason", "version_timing_override_by_id", "version_timing_override_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_posts_v\`;`)
  await db.run(sql`DROP TABLE \`_posts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v\` RENAME TO \`_posts_v\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_parent_idx\` ON \`_posts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_target_idx\` ON \`_posts_v\` (\`version_target_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_phase_idx\` ON \`_posts_v\` (\`version_phase_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_message_idx\` ON \`_posts_v\` (\`version_message_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_channel_idx\` ON \`_posts_v\` (\`version_channel_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_publish_at_idx\` ON \`_posts_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_status_idx\` ON \`_posts_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_author_idx\` ON \`_posts_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_timing_override_version_timing_override_idx\` ON \`_posts_v\` (\`version_timing_override_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_updated_at_idx\` ON \`_posts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_created_at_idx\` ON \`_posts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version__status_idx\` ON \`_posts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_created_at_idx\` ON \`_posts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_updated_at_idx\` ON \`_posts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_latest_idx\` ON \`_posts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_target_version_status_version_publishAt_idx\` ON \`_posts_v\` (\`version_target_id\`,\`version_status\`,\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishAt_idx\` ON \`_posts_v\` (\`version__status\`,\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_status_idx\` ON \`_posts_v\` (\`version__status\`,\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`version_status_version_publishAt_version_target_idx\` ON \`_posts_v\` (\`version_status\`,\`version_publish_at\`,\`version_target_id\`);`)
  await db.run(sql`CREATE INDEX \`version_phase_version_status_version_publishAt_idx\` ON \`_posts_v\` (\`version_phase_id\`,\`version_status\`,\`version_publish_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`targets_id\` integer,
  	\`phases_id\` integer,
  	\`messages_id\` integer,
  	\`channels_id\` integer,
  	\`posts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`targets_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`phases_id\`) REFERENCES \`phases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`messages_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "targets_id", "phases_id", "messages_id", "channels_id", "posts_id") SELECT "id", "order", "parent_id", "path", "users_id", "targets_id", "phases_id", "messages_id", "channels_id", "posts_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_phases_id_idx\` ON \`payload_locked_documents_rels\` (\`phases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_review\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_approved\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_reminder\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_slot_passed\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_overdue\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_language\`;`)
}
