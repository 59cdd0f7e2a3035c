import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_posts_review_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_posts_review_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_posts_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__posts_v_version_review_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__posts_v_version_review_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__posts_v_version_format" AS ENUM('text', 'carousel', 'testimonial', 'short-video', 'case-study', 'comparison', 'behind-the-scenes', 'product-news', 'co-creation', 'interview');
  CREATE TYPE "public"."enum__posts_v_version_channel" AS ENUM('linkedin');
  CREATE TYPE "public"."enum__posts_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "posts_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_posts_review_log_from",
  	"to" "enum_posts_review_log_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "_posts_v_version_warnings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"rule" varchar,
  	"path" varchar,
  	"message" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_posts_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" "enum__posts_v_version_review_log_from",
  	"to" "enum__posts_v_version_review_log_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_posts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_body" jsonb,
  	"version_target_id" integer,
  	"version_phase_id" integer,
  	"version_message_id" integer,
  	"version_format" "enum__posts_v_version_format",
  	"version_channel" "enum__posts_v_version_channel" DEFAULT 'linkedin',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_status" "enum_posts_workflow_status" DEFAULT 'draft',
  	"version_author_id" integer,
  	"version_published_url" varchar,
  	"version_checklist_target" boolean DEFAULT false,
  	"version_checklist_phase" boolean DEFAULT false,
  	"version_checklist_message" boolean DEFAULT false,
  	"version_checklist_format" boolean DEFAULT false,
  	"version_checklist_timing" boolean DEFAULT false,
  	"version_checklist_complete" boolean DEFAULT false,
  	"version_timing_override_reason" varchar,
  	"version_timing_override_by_id" integer,
  	"version_timing_override_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__posts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  -- Written by hand: the generator took Payload's new "_status" for the workflow "status", whose
  -- enum name it would have reused. "status" moves to its own enum first, then "_status" is added.
  ALTER TABLE "posts" ALTER COLUMN "status" DROP DEFAULT;
  ALTER TABLE "posts" ALTER COLUMN "status" SET DATA TYPE "public"."enum_posts_workflow_status" USING "status"::text::"public"."enum_posts_workflow_status";
  ALTER TABLE "posts" ALTER COLUMN "status" SET DEFAULT 'draft';
  ALTER TABLE "posts" ALTER COLUMN "status" DROP NOT NULL;
  DROP TYPE "public"."enum_posts_status";
  CREATE TYPE "public"."enum_posts_status" AS ENUM('draft', 'published');
  ALTER TABLE "posts" ALTER COLUMN "title" DROP NOT NULL;
  ALTER TABLE "posts" ALTER COLUMN "channel" DROP NOT NULL;
  ALTER TABLE "users" ADD COLUMN "enable_a_p_i_key" boolean;
  ALTER TABLE "users" ADD COLUMN "api_key" varchar;
  ALTER TABLE "users" ADD COLUMN "api_key_index" varchar;
  ALTER TABLE "posts" ADD COLUMN "published_url" varchar;
  ALTER TABLE "posts" ADD COLUMN "_status" "enum_posts_status" DEFAULT 'draft';
  -- Posts approved before versions existed stay what API consumers get.
  UPDATE "posts" SET "_status" = 'published' WHERE "status" IN ('approved', 'published');
  ALTER TABLE "posts_review_log" ADD CONSTRAINT "posts_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_review_log" ADD CONSTRAINT "posts_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_version_warnings" ADD CONSTRAINT "_posts_v_version_warnings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_version_review_log" ADD CONSTRAINT "_posts_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v_version_review_log" ADD CONSTRAINT "_posts_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_parent_id_posts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_target_id_targets_id_fk" FOREIGN KEY ("version_target_id") REFERENCES "public"."targets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_phase_id_phases_id_fk" FOREIGN KEY ("version_phase_id") REFERENCES "public"."phases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_message_id_messages_id_fk" FOREIGN KEY ("version_message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_timing_override_by_id_users_id_fk" FOREIGN KEY ("version_timing_override_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "posts_review_log_order_idx" ON "posts_review_log" USING btree ("_order");
  CREATE INDEX "posts_review_log_parent_id_idx" ON "posts_review_log" USING btree ("_parent_id");
  CREATE INDEX "posts_review_log_by_idx" ON "posts_review_log" USING btree ("by_id");
  CREATE INDEX "_posts_v_version_warnings_order_idx" ON "_posts_v_version_warnings" USING btree ("_order");
  CREATE INDEX "_posts_v_version_warnings_parent_id_idx" ON "_posts_v_version_warnings" USING btree ("_parent_id");
  CREATE INDEX "_posts_v_version_review_log_order_idx" ON "_posts_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_posts_v_version_review_log_parent_id_idx" ON "_posts_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_posts_v_version_review_log_by_idx" ON "_posts_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_posts_v_parent_idx" ON "_posts_v" USING btree ("parent_id");
  CREATE INDEX "_posts_v_version_version_target_idx" ON "_posts_v" USING btree ("version_target_id");
  CREATE INDEX "_posts_v_version_version_phase_idx" ON "_posts_v" USING btree ("version_phase_id");
  CREATE INDEX "_posts_v_version_version_message_idx" ON "_posts_v" USING btree ("version_message_id");
  CREATE INDEX "_posts_v_version_version_publish_at_idx" ON "_posts_v" USING btree ("version_publish_at");
  CREATE INDEX "_posts_v_version_version_status_idx" ON "_posts_v" USING btree ("version_status");
  CREATE INDEX "_posts_v_version_version_author_idx" ON "_posts_v" USING btree ("version_author_id");
  CREATE INDEX "_posts_v_version_timing_override_version_timing_override_idx" ON "_posts_v" USING btree ("version_timing_override_by_id");
  CREATE INDEX "_posts_v_version_version_updated_at_idx" ON "_posts_v" USING btree ("version_updated_at");
  CREATE INDEX "_posts_v_version_version_created_at_idx" ON "_posts_v" USING btree ("version_created_at");
  CREATE INDEX "_posts_v_version_version__status_idx" ON "_posts_v" USING btree ("version__status");
  CREATE INDEX "_posts_v_created_at_idx" ON "_posts_v" USING btree ("created_at");
  CREATE INDEX "_posts_v_updated_at_idx" ON "_posts_v" USING btree ("updated_at");
  CREATE INDEX "_posts_v_latest_idx" ON "_posts_v" USING btree ("latest");
  CREATE INDEX "posts__status_idx" ON "posts" USING btree ("_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_posts_v_version_warnings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_posts_v_version_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_posts_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "posts_review_log" CASCADE;
  DROP TABLE "_posts_v_version_warnings" CASCADE;
  DROP TABLE "_posts_v_version_review_log" CASCADE;
  DROP TABLE "_posts_v" CASCADE;
  DROP INDEX "posts__status_idx";
  ALTER TABLE "posts" DROP COLUMN "_status";
  DROP TYPE "public"."enum_posts_status";
  CREATE TYPE "public"."enum_posts_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  UPDATE "posts" SET "title" = '' WHERE "title" IS NULL;
  UPDATE "posts" SET "channel" = 'linkedin' WHERE "channel" IS NULL;
  UPDATE "posts" SET "status" = 'draft' WHERE "status" IS NULL;
  ALTER TABLE "posts" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "posts" ALTER COLUMN "channel" SET NOT NULL;
  ALTER TABLE "posts" ALTER COLUMN "status" DROP DEFAULT;
  ALTER TABLE "posts" ALTER COLUMN "status" SET DATA TYPE "public"."enum_posts_status" USING "status"::text::"public"."enum_posts_status";
  ALTER TABLE "posts" ALTER COLUMN "status" SET DEFAULT 'draft';
  ALTER TABLE "posts" ALTER COLUMN "status" SET NOT NULL;
  ALTER TABLE "users" DROP COLUMN "enable_a_p_i_key";
  ALTER TABLE "users" DROP COLUMN "api_key";
  ALTER TABLE "users" DROP COLUMN "api_key_index";
  ALTER TABLE "posts" DROP COLUMN "published_url";
  DROP TYPE "public"."enum_posts_review_log_from";
  DROP TYPE "public"."enum_posts_review_log_to";
  DROP TYPE "public"."enum_posts_workflow_status";
  DROP TYPE "public"."enum__posts_v_version_review_log_from";
  DROP TYPE "public"."enum__posts_v_version_review_log_to";
  DROP TYPE "public"."enum__posts_v_version_format";
  DROP TYPE "public"."enum__posts_v_version_channel";
  DROP TYPE "public"."enum__posts_v_version_status";`)
}
