import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_notifications_language" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_targets_copy_rules_kind" AS ENUM('forbid', 'require', 'formal', 'spelling');
  CREATE TYPE "public"."enum_targets_copy_rules_level" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum_phases_copy_rules_kind" AS ENUM('forbid', 'require', 'formal', 'spelling');
  CREATE TYPE "public"."enum_phases_copy_rules_level" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'editorialLineSendEmail', 'editorialLineDeadlines');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'editorialLineSendEmail', 'editorialLineDeadlines');
  CREATE TYPE "public"."enum_editorial_plan_copy_rules_kind" AS ENUM('forbid', 'require', 'formal', 'spelling');
  CREATE TYPE "public"."enum_editorial_plan_copy_rules_level" AS ENUM('block', 'warn');
  CREATE TABLE "targets_copy_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_targets_copy_rules_kind" DEFAULT 'forbid' NOT NULL,
  	"level" "enum_targets_copy_rules_level" DEFAULT 'block' NOT NULL,
  	"terms" varchar,
  	"reason" varchar
  );
  
  CREATE TABLE "phases_copy_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_phases_copy_rules_kind" DEFAULT 'forbid' NOT NULL,
  	"level" "enum_phases_copy_rules_level" DEFAULT 'block' NOT NULL,
  	"terms" varchar,
  	"reason" varchar
  );
  
  CREATE TABLE "editorial_line_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "editorial_plan_copy_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_editorial_plan_copy_rules_kind" DEFAULT 'forbid' NOT NULL,
  	"level" "enum_editorial_plan_copy_rules_level" DEFAULT 'block' NOT NULL,
  	"terms" varchar,
  	"reason" varchar
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users" ADD COLUMN "notifications_review" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notifications_changes_requested" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notifications_approved" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notifications_reminder" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notifications_slot_passed" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notifications_overdue" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notifications_language" "enum_users_notifications_language" DEFAULT 'fr';
  ALTER TABLE "posts" ADD COLUMN "reviewer_id" integer;
  ALTER TABLE "posts" ADD COLUMN "copy_override_reason" varchar;
  ALTER TABLE "posts" ADD COLUMN "copy_override_by_id" integer;
  ALTER TABLE "posts" ADD COLUMN "copy_override_at" timestamp(3) with time zone;
  ALTER TABLE "_posts_v" ADD COLUMN "version_reviewer_id" integer;
  ALTER TABLE "_posts_v" ADD COLUMN "version_copy_override_reason" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_copy_override_by_id" integer;
  ALTER TABLE "_posts_v" ADD COLUMN "version_copy_override_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "editorial_line_notices_id" integer;
  ALTER TABLE "targets_copy_rules" ADD CONSTRAINT "targets_copy_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "phases_copy_rules" ADD CONSTRAINT "phases_copy_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_plan_copy_rules" ADD CONSTRAINT "editorial_plan_copy_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editorial_plan"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "targets_copy_rules_order_idx" ON "targets_copy_rules" USING btree ("_order");
  CREATE INDEX "targets_copy_rules_parent_id_idx" ON "targets_copy_rules" USING btree ("_parent_id");
  CREATE INDEX "phases_copy_rules_order_idx" ON "phases_copy_rules" USING btree ("_order");
  CREATE INDEX "phases_copy_rules_parent_id_idx" ON "phases_copy_rules" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "editorial_line_notices_key_idx" ON "editorial_line_notices" USING btree ("key");
  CREATE INDEX "editorial_line_notices_updated_at_idx" ON "editorial_line_notices" USING btree ("updated_at");
  CREATE INDEX "editorial_line_notices_created_at_idx" ON "editorial_line_notices" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "editorial_plan_copy_rules_order_idx" ON "editorial_plan_copy_rules" USING btree ("_order");
  CREATE INDEX "editorial_plan_copy_rules_parent_id_idx" ON "editorial_plan_copy_rules" USING btree ("_parent_id");
  ALTER TABLE "posts" ADD CONSTRAINT "posts_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_copy_override_by_id_users_id_fk" FOREIGN KEY ("copy_override_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_reviewer_id_users_id_fk" FOREIGN KEY ("version_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_copy_override_by_id_users_id_fk" FOREIGN KEY ("version_copy_override_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_editorial_line_notices_fk" FOREIGN KEY ("editorial_line_notices_id") REFERENCES "public"."editorial_line_notices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "posts_reviewer_idx" ON "posts" USING btree ("reviewer_id");
  CREATE INDEX "posts_copy_override_copy_override_by_idx" ON "posts" USING btree ("copy_override_by_id");
  CREATE INDEX "_posts_v_version_version_reviewer_idx" ON "_posts_v" USING btree ("version_reviewer_id");
  CREATE INDEX "_posts_v_version_copy_override_version_copy_override_by_idx" ON "_posts_v" USING btree ("version_copy_override_by_id");
  CREATE INDEX "payload_locked_documents_rels_editorial_line_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("editorial_line_notices_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "targets_copy_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "phases_copy_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editorial_line_notices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editorial_plan_copy_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "targets_copy_rules" CASCADE;
  DROP TABLE "phases_copy_rules" CASCADE;
  DROP TABLE "editorial_line_notices" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "editorial_plan_copy_rules" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "posts" DROP CONSTRAINT "posts_reviewer_id_users_id_fk";
  
  ALTER TABLE "posts" DROP CONSTRAINT "posts_copy_override_by_id_users_id_fk";
  
  ALTER TABLE "_posts_v" DROP CONSTRAINT "_posts_v_version_reviewer_id_users_id_fk";
  
  ALTER TABLE "_posts_v" DROP CONSTRAINT "_posts_v_version_copy_override_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_editorial_line_notices_fk";
  
  DROP INDEX "posts_reviewer_idx";
  DROP INDEX "posts_copy_override_copy_override_by_idx";
  DROP INDEX "_posts_v_version_version_reviewer_idx";
  DROP INDEX "_posts_v_version_copy_override_version_copy_override_by_idx";
  DROP INDEX "payload_locked_documents_rels_editorial_line_notices_id_idx";
  ALTER TABLE "users" DROP COLUMN "notifications_review";
  ALTER TABLE "users" DROP COLUMN "notifications_changes_requested";
  ALTER TABLE "users" DROP COLUMN "notifications_approved";
  ALTER TABLE "users" DROP COLUMN "notifications_reminder";
  ALTER TABLE "users" DROP COLUMN "notifications_slot_passed";
  ALTER TABLE "users" DROP COLUMN "notifications_overdue";
  ALTER TABLE "users" DROP COLUMN "notifications_language";
  ALTER TABLE "posts" DROP COLUMN "reviewer_id";
  ALTER TABLE "posts" DROP COLUMN "copy_override_reason";
  ALTER TABLE "posts" DROP COLUMN "copy_override_by_id";
  ALTER TABLE "posts" DROP COLUMN "copy_override_at";
  ALTER TABLE "_posts_v" DROP COLUMN "version_reviewer_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_copy_override_reason";
  ALTER TABLE "_posts_v" DROP COLUMN "version_copy_override_by_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_copy_override_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "editorial_line_notices_id";
  DROP TYPE "public"."enum_users_notifications_language";
  DROP TYPE "public"."enum_targets_copy_rules_kind";
  DROP TYPE "public"."enum_targets_copy_rules_level";
  DROP TYPE "public"."enum_phases_copy_rules_kind";
  DROP TYPE "public"."enum_phases_copy_rules_level";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_editorial_plan_copy_rules_kind";
  DROP TYPE "public"."enum_editorial_plan_copy_rules_level";`)
}
