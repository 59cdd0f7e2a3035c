import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_channels_formats" AS ENUM('text', 'carousel', 'testimonial', 'short-video', 'case-study', 'comparison', 'behind-the-scenes', 'product-news', 'co-creation', 'interview');
  CREATE TYPE "public"."enum_channels_timing_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TABLE "targets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"channels_id" integer
  );
  
  CREATE TABLE "phases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"channels_id" integer
  );
  
  CREATE TABLE "channels_formats" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_channels_formats",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "channels_timing_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_channels_timing_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "channels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"max_length" numeric,
  	"timing_start" varchar,
  	"timing_end" varchar,
  	"max_posts_per_month" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "posts" ADD COLUMN "channel_id" integer;
  ALTER TABLE "posts" ADD COLUMN "checklist_channel" boolean DEFAULT false;
  ALTER TABLE "_posts_v" ADD COLUMN "version_channel_id" integer;
  ALTER TABLE "_posts_v" ADD COLUMN "version_checklist_channel" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "channels_id" integer;
  ALTER TABLE "targets_rels" ADD CONSTRAINT "targets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "targets_rels" ADD CONSTRAINT "targets_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "phases_rels" ADD CONSTRAINT "phases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "phases_rels" ADD CONSTRAINT "phases_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "channels_formats" ADD CONSTRAINT "channels_formats_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "channels_timing_days" ADD CONSTRAINT "channels_timing_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "targets_rels_order_idx" ON "targets_rels" USING btree ("order");
  CREATE INDEX "targets_rels_parent_idx" ON "targets_rels" USING btree ("parent_id");
  CREATE INDEX "targets_rels_path_idx" ON "targets_rels" USING btree ("path");
  CREATE INDEX "targets_rels_channels_id_idx" ON "targets_rels" USING btree ("channels_id");
  CREATE INDEX "phases_rels_order_idx" ON "phases_rels" USING btree ("order");
  CREATE INDEX "phases_rels_parent_idx" ON "phases_rels" USING btree ("parent_id");
  CREATE INDEX "phases_rels_path_idx" ON "phases_rels" USING btree ("path");
  CREATE INDEX "phases_rels_channels_id_idx" ON "phases_rels" USING btree ("channels_id");
  CREATE INDEX "channels_formats_order_idx" ON "channels_formats" USING btree ("order");
  CREATE INDEX "channels_formats_parent_idx" ON "channels_formats" USING btree ("parent_id");
  CREATE INDEX "channels_timing_days_order_idx" ON "channels_timing_days" USING btree ("order");
  CREATE INDEX "channels_timing_days_parent_idx" ON "channels_timing_days" USING btree ("parent_id");
  CREATE UNIQUE INDEX "channels_slug_idx" ON "channels" USING btree ("slug");
  CREATE INDEX "channels_updated_at_idx" ON "channels" USING btree ("updated_at");
  CREATE INDEX "channels_created_at_idx" ON "channels" USING btree ("created_at");
  ALTER TABLE "posts" ADD CONSTRAINT "posts_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_channel_id_channels_id_fk" FOREIGN KEY ("version_channel_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "posts_channel_idx" ON "posts" USING btree ("channel_id");
  CREATE INDEX "_posts_v_version_version_channel_idx" ON "_posts_v" USING btree ("version_channel_id");
  CREATE INDEX "payload_locked_documents_rels_channels_id_idx" ON "payload_locked_documents_rels" USING btree ("channels_id");
  ALTER TABLE "posts" DROP COLUMN "channel";
  ALTER TABLE "_posts_v" DROP COLUMN "version_channel";
  DROP TYPE "public"."enum_posts_channel";
  DROP TYPE "public"."enum__posts_v_version_channel";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_posts_channel" AS ENUM('linkedin');
  CREATE TYPE "public"."enum__posts_v_version_channel" AS ENUM('linkedin');
  ALTER TABLE "targets_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "phases_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "channels_formats" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "channels_timing_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "channels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "targets_rels" CASCADE;
  DROP TABLE "phases_rels" CASCADE;
  DROP TABLE "channels_formats" CASCADE;
  DROP TABLE "channels_timing_days" CASCADE;
  DROP TABLE "channels" CASCADE;
  ALTER TABLE "posts" DROP CONSTRAINT "posts_channel_id_channels_id_fk";
  
  ALTER TABLE "_posts_v" DROP CONSTRAINT "_posts_v_version_channel_id_channels_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_channels_fk";
  
  DROP INDEX "posts_channel_idx";
  DROP INDEX "_posts_v_version_version_channel_idx";
  DROP INDEX "payload_locked_documents_rels_channels_id_idx";
  ALTER TABLE "posts" ADD COLUMN "channel" "enum_posts_channel" DEFAULT 'linkedin';
  ALTER TABLE "_posts_v" ADD COLUMN "version_channel" "enum__posts_v_version_channel" DEFAULT 'linkedin';
  ALTER TABLE "posts" DROP COLUMN "channel_id";
  ALTER TABLE "posts" DROP COLUMN "checklist_channel";
  ALTER TABLE "_posts_v" DROP COLUMN "version_channel_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_checklist_channel";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "channels_id";
  DROP TYPE "public"."enum_channels_formats";
  DROP TYPE "public"."enum_channels_timing_days";`)
}
