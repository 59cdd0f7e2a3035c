import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'approver', 'editor', 'publisher');
  CREATE TYPE "public"."enum_targets_timing_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_targets_mix_group" AS ENUM('of', 'coachs', 'auditeurs', 'autres');
  CREATE TYPE "public"."enum_phases_formats" AS ENUM('text', 'carousel', 'testimonial', 'short-video', 'case-study', 'comparison', 'behind-the-scenes', 'product-news', 'co-creation', 'interview');
  CREATE TYPE "public"."enum_phases_timing_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_phases_key" AS ENUM('awareness', 'consideration', 'decision', 'retention', 'advocacy');
  CREATE TYPE "public"."enum_messages_status" AS ENUM('active', 'to_define');
  CREATE TYPE "public"."enum_posts_format" AS ENUM('text', 'carousel', 'testimonial', 'short-video', 'case-study', 'comparison', 'behind-the-scenes', 'product-news', 'co-creation', 'interview');
  CREATE TYPE "public"."enum_posts_channel" AS ENUM('linkedin');
  CREATE TYPE "public"."enum_posts_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "targets_timing_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_targets_timing_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "targets_approach_dos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "targets_approach_donts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "targets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"mix_group" "enum_targets_mix_group" NOT NULL,
  	"context" varchar,
  	"timing_start" varchar,
  	"timing_end" varchar,
  	"gate_from_month" numeric,
  	"gate_prerequisite" varchar,
  	"gate_prerequisite_met" boolean DEFAULT false,
  	"gate_active_clients_above" numeric,
  	"tone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "phases_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar NOT NULL
  );
  
  CREATE TABLE "phases_formats" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_phases_formats",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "phases_timing_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_phases_timing_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "phases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"target_id" integer NOT NULL,
  	"key" "enum_phases_key" NOT NULL,
  	"order" numeric,
  	"name" varchar NOT NULL,
  	"client_state" varchar,
  	"emotion" varchar,
  	"priority_content" varchar,
  	"objective" varchar,
  	"tone" varchar,
  	"months_from" numeric NOT NULL,
  	"months_to" numeric,
  	"timing_start" varchar,
  	"timing_end" varchar,
  	"timing_max_posts_per_month" numeric,
  	"timing_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"phase_id" integer NOT NULL,
  	"target_id" integer,
  	"status" "enum_messages_status" DEFAULT 'active' NOT NULL,
  	"seed_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "posts_warnings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"rule" varchar,
  	"path" varchar,
  	"message" varchar
  );
  
  CREATE TABLE "posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"body" jsonb,
  	"target_id" integer,
  	"phase_id" integer,
  	"message_id" integer,
  	"format" "enum_posts_format",
  	"channel" "enum_posts_channel" DEFAULT 'linkedin' NOT NULL,
  	"publish_at" timestamp(3) with time zone,
  	"status" "enum_posts_status" DEFAULT 'draft' NOT NULL,
  	"author_id" integer,
  	"checklist_target" boolean DEFAULT false,
  	"checklist_phase" boolean DEFAULT false,
  	"checklist_message" boolean DEFAULT false,
  	"checklist_format" boolean DEFAULT false,
  	"checklist_timing" boolean DEFAULT false,
  	"checklist_complete" boolean DEFAULT false,
  	"timing_override_reason" varchar,
  	"timing_override_by_id" integer,
  	"timing_override_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"targets_id" integer,
  	"phases_id" integer,
  	"messages_id" integer,
  	"posts_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "editorial_plan_mix" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"month" varchar NOT NULL,
  	"of" numeric DEFAULT 0 NOT NULL,
  	"coachs" numeric DEFAULT 0 NOT NULL,
  	"auditeurs" numeric DEFAULT 0 NOT NULL,
  	"autres" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "editorial_plan" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"start_month" varchar DEFAULT '2026-01' NOT NULL,
  	"timezone" varchar DEFAULT 'Europe/Paris' NOT NULL,
  	"active_clients" numeric DEFAULT 0,
  	"mix_tolerance" numeric DEFAULT 10,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "targets_timing_days" ADD CONSTRAINT "targets_timing_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "targets_approach_dos" ADD CONSTRAINT "targets_approach_dos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "targets_approach_donts" ADD CONSTRAINT "targets_approach_donts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "phases_questions" ADD CONSTRAINT "phases_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "phases_formats" ADD CONSTRAINT "phases_formats_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "phases_timing_days" ADD CONSTRAINT "phases_timing_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "phases" ADD CONSTRAINT "phases_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_phase_id_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."phases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_warnings" ADD CONSTRAINT "posts_warnings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_phase_id_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."phases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_timing_override_by_id_users_id_fk" FOREIGN KEY ("timing_override_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_targets_fk" FOREIGN KEY ("targets_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_phases_fk" FOREIGN KEY ("phases_id") REFERENCES "public"."phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_messages_fk" FOREIGN KEY ("messages_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_plan_mix" ADD CONSTRAINT "editorial_plan_mix_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editorial_plan"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "targets_timing_days_order_idx" ON "targets_timing_days" USING btree ("order");
  CREATE INDEX "targets_timing_days_parent_idx" ON "targets_timing_days" USING btree ("parent_id");
  CREATE INDEX "targets_approach_dos_order_idx" ON "targets_approach_dos" USING btree ("_order");
  CREATE INDEX "targets_approach_dos_parent_id_idx" ON "targets_approach_dos" USING btree ("_parent_id");
  CREATE INDEX "targets_approach_donts_order_idx" ON "targets_approach_donts" USING btree ("_order");
  CREATE INDEX "targets_approach_donts_parent_id_idx" ON "targets_approach_donts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "targets_slug_idx" ON "targets" USING btree ("slug");
  CREATE INDEX "targets_updated_at_idx" ON "targets" USING btree ("updated_at");
  CREATE INDEX "targets_created_at_idx" ON "targets" USING btree ("created_at");
  CREATE INDEX "phases_questions_order_idx" ON "phases_questions" USING btree ("_order");
  CREATE INDEX "phases_questions_parent_id_idx" ON "phases_questions" USING btree ("_parent_id");
  CREATE INDEX "phases_formats_order_idx" ON "phases_formats" USING btree ("order");
  CREATE INDEX "phases_formats_parent_idx" ON "phases_formats" USING btree ("parent_id");
  CREATE INDEX "phases_timing_days_order_idx" ON "phases_timing_days" USING btree ("order");
  CREATE INDEX "phases_timing_days_parent_idx" ON "phases_timing_days" USING btree ("parent_id");
  CREATE INDEX "phases_target_idx" ON "phases" USING btree ("target_id");
  CREATE INDEX "phases_updated_at_idx" ON "phases" USING btree ("updated_at");
  CREATE INDEX "phases_created_at_idx" ON "phases" USING btree ("created_at");
  CREATE UNIQUE INDEX "target_key_idx" ON "phases" USING btree ("target_id","key");
  CREATE INDEX "messages_phase_idx" ON "messages" USING btree ("phase_id");
  CREATE INDEX "messages_target_idx" ON "messages" USING btree ("target_id");
  CREATE INDEX "messages_seed_key_idx" ON "messages" USING btree ("seed_key");
  CREATE INDEX "messages_updated_at_idx" ON "messages" USING btree ("updated_at");
  CREATE INDEX "messages_created_at_idx" ON "messages" USING btree ("created_at");
  CREATE INDEX "posts_warnings_order_idx" ON "posts_warnings" USING btree ("_order");
  CREATE INDEX "posts_warnings_parent_id_idx" ON "posts_warnings" USING btree ("_parent_id");
  CREATE INDEX "posts_target_idx" ON "posts" USING btree ("target_id");
  CREATE INDEX "posts_phase_idx" ON "posts" USING btree ("phase_id");
  CREATE INDEX "posts_message_idx" ON "posts" USING btree ("message_id");
  CREATE INDEX "posts_publish_at_idx" ON "posts" USING btree ("publish_at");
  CREATE INDEX "posts_status_idx" ON "posts" USING btree ("status");
  CREATE INDEX "posts_author_idx" ON "posts" USING btree ("author_id");
  CREATE INDEX "posts_timing_override_timing_override_by_idx" ON "posts" USING btree ("timing_override_by_id");
  CREATE INDEX "posts_updated_at_idx" ON "posts" USING btree ("updated_at");
  CREATE INDEX "posts_created_at_idx" ON "posts" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_targets_id_idx" ON "payload_locked_documents_rels" USING btree ("targets_id");
  CREATE INDEX "payload_locked_documents_rels_phases_id_idx" ON "payload_locked_documents_rels" USING btree ("phases_id");
  CREATE INDEX "payload_locked_documents_rels_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("messages_id");
  CREATE INDEX "payload_locked_documents_rels_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("posts_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "editorial_plan_mix_order_idx" ON "editorial_plan_mix" USING btree ("_order");
  CREATE INDEX "editorial_plan_mix_parent_id_idx" ON "editorial_plan_mix" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "targets_timing_days" CASCADE;
  DROP TABLE "targets_approach_dos" CASCADE;
  DROP TABLE "targets_approach_donts" CASCADE;
  DROP TABLE "targets" CASCADE;
  DROP TABLE "phases_questions" CASCADE;
  DROP TABLE "phases_formats" CASCADE;
  DROP TABLE "phases_timing_days" CASCADE;
  DROP TABLE "phases" CASCADE;
  DROP TABLE "messages" CASCADE;
  DROP TABLE "posts_warnings" CASCADE;
  DROP TABLE "posts" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "editorial_plan_mix" CASCADE;
  DROP TABLE "editorial_plan" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_targets_timing_days";
  DROP TYPE "public"."enum_targets_mix_group";
  DROP TYPE "public"."enum_phases_formats";
  DROP TYPE "public"."enum_phases_timing_days";
  DROP TYPE "public"."enum_phases_key";
  DROP TYPE "public"."enum_messages_status";
  DROP TYPE "public"."enum_posts_format";
  DROP TYPE "public"."enum_posts_channel";
  DROP TYPE "public"."enum_posts_status";`)
}
