import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`posts_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`posts_review_log_order_idx\` ON \`posts_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`posts_review_log_parent_id_idx\` ON \`posts_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_review_log_by_idx\` ON \`posts_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_posts_v_version_warnings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`rule\` text,
  	\`path\` text,
  	\`message\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_posts_v_version_warnings_order_idx\` ON \`_posts_v_version_warnings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_warnings_parent_id_idx\` ON \`_posts_v_version_warnings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_posts_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_posts_v_version_review_log_order_idx\` ON \`_posts_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_review_log_parent_id_idx\` ON \`_posts_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_review_log_by_idx\` ON \`_posts_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_posts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_body\` text,
  	\`version_target_id\` integer,
  	\`version_phase_id\` integer,
  	\`version_message_id\` integer,
  	\`version_format\` text,
  	\`version_channel\` text DEFAULT 'linkedin',
  	\`version_publish_at\` text,
  	\`version_status\` text DEFAULT 'draft',
  	\`version_author_id\` integer,
  	\`version_published_url\` text,
  	\`version_checklist_target\` integer DEFAULT false,
  	\`version_checklist_phase\` integer DEFAULT false,
  	\`version_checklist_message\` integer DEFAULT false,
  	\`version_checklist_format\` integer DEFAULT false,
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
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_timing_override_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_posts_v_parent_idx\` ON \`_posts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_target_idx\` ON \`_posts_v\` (\`version_target_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_phase_idx\` ON \`_posts_v\` (\`version_phase_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_message_idx\` ON \`_posts_v\` (\`version_message_id\`);`)
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
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`body\` text,
  	\`target_id\` integer,
  	\`phase_id\` integer,
  	\`message_id\` integer,
  	\`format\` text,
  	\`channel\` text DEFAULT 'linkedin',
  	\`publish_at\` text,
  	\`status\` text DEFAULT 'draft',
  	\`author_id\` integer,
  	\`published_url\` text,
  	\`checklist_target\` integer DEFAULT false,
  	\`checklist_phase\` integer DEFAULT false,
  	\`checklist_message\` integer DEFAULT false,
  	\`checklist_format\` integer DEFAULT false,
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
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`timing_override_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_posts\`("id", "title", "body", "target_id", "phase_id", "message_id", "format", "channel", "publish_at", "status", "author_id", "checklist_target", "checklist_phase", "checklist_message", "checklist_format", "checklist_timing", "checklist_complete", "timing_override_reason", "timing_override_by_id", "timing_override_at", "updated_at", "created_at") SELECT "id", "title", "body", "target_id", "phase_id", "message_id", "format", "channel", "publish_at", "status", "author_id", "checklist_target", "checklist_phase", "checklist_message", "checklist_format", "checklist_timing", "checklist_complete", "timing_override_reason", "timing_override_by_id", "timing_override_at", "updated_at", "created_at" FROM \`posts\`;`)
  await db.run(sql`DROP TABLE \`posts\`;`)
  await db.run(sql`ALTER TABLE \`__new_posts\` RENAME TO \`posts\`;`)
  // Posts approved before versions existed stay what API consumers get.
  await db.run(sql`UPDATE \`posts\` SET \`_status\` = 'published' WHERE \`status\` IN ('approved', 'published');`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`posts_target_idx\` ON \`posts\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_phase_idx\` ON \`posts\` (\`phase_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_message_idx\` ON \`posts\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_publish_at_idx\` ON \`posts\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_status_idx\` ON \`posts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`posts_author_idx\` ON \`posts\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_timing_override_timing_override_by_idx\` ON \`posts\` (\`timing_override_by_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_updated_at_idx\` ON \`posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_at_idx\` ON \`posts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`posts__status_idx\` ON \`posts\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`enable_a_p_i_key\` integer;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`api_key\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`api_key_index\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`posts_review_log\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_version_warnings\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_posts_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text,
  	\`target_id\` integer,
  	\`phase_id\` integer,
  	\`message_id\` integer,
  	\`format\` text,
  	\`channel\` text DEFAULT 'linkedin' NOT NULL,
  	\`publish_at\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`author_id\` integer,
  	\`checklist_target\` integer DEFAULT false,
  	\`checklist_phase\` integer DEFAULT false,
  	\`checklist_message\` integer DEFAULT false,
  	\`checklist_format\` integer DEFAULT false,
  	\`checklist_timing\` integer DEFAULT false,
  	\`checklist_complete\` integer DEFAULT false,
  	\`timing_override_reason\` text,
  	\`timing_override_by_id\` integer,
  	\`timing_override_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`target_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`phase_id\`) REFERENCES \`phases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`message_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`timing_override_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_posts\`("id", "title", "body", "target_id", "phase_id", "message_id", "format", "channel", "publish_at", "status", "author_id", "checklist_target", "checklist_phase", "checklist_message", "checklist_format", "checklist_timing", "checklist_complete", "timing_override_reason", "timing_override_by_id", "timing_override_at", "updated_at", "created_at") SELECT "id", "title", "body", "target_id", "phase_id", "message_id", "format", "channel", "publish_at", "status", "author_id", "checklist_target", "checklist_phase", "checklist_message", "checklist_format", "checklist_timing", "checklist_complete", "timing_override_reason", "timing_override_by_id", "timing_override_at", "updated_at", "created_at" FROM \`posts\`;`)
  await db.run(sql`DROP TABLE \`posts\`;`)
  await db.run(sql`ALTER TABLE \`__new_posts\` RENAME TO \`posts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`posts_target_idx\` ON \`posts\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_phase_idx\` ON \`posts\` (\`phase_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_message_idx\` ON \`posts\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_publish_at_idx\` ON \`posts\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_status_idx\` ON \`posts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`posts_author_idx\` ON \`posts\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_timing_override_timing_override_by_idx\` ON \`posts\` (\`timing_override_by_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_updated_at_idx\` ON \`posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_at_idx\` ON \`posts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`enable_a_p_i_key\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`api_key\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`api_key_index\`;`)
}
