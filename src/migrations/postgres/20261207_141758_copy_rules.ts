import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_targets_copy_rules_kind" AS ENUM('forbid', 'require', 'formal', 'spelling');
  CREATE TYPE "public"."enum_targets_copy_rules_level" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum_phases_copy_rules_kind" AS ENUM('forbid', 'require', 'formal', 'spelling');
  CREATE TYPE "public"."enum_phases_copy_rules_level" AS ENUM('block', 'warn');
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
  
  CREATE TABLE "editorial_plan_copy_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_editorial_plan_copy_rules_kind" DEFAULT 'forbid' NOT NULL,
  	"level" "enum_editorial_plan_copy_rules_level" DEFAULT 'block' NOT NULL,
  	"terms" varchar,
  	"reason" varchar
  );
  
  ALTER TABLE "posts" ADD COLUMN "copy_override_reason" varchar;
  ALTER TABLE "posts" ADD COLUMN "copy_override_by_id" integer;
  ALTER TABLE "posts" ADD COLUMN "copy_override_at" timestamp(3) with time zone;
  ALTER TABLE "_posts_v" ADD COLUMN "version_copy_override_reason" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_copy_override_by_id" integer;
  ALTER TABLE "_posts_v" ADD COLUMN "version_copy_override_at" timestamp(3) with time zone;
  ALTER TABLE "targets_copy_rules" ADD CONSTRAINT "targets_copy_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "phases_copy_rules" ADD CONSTRAINT "phases_copy_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_plan_copy_rules" ADD CONSTRAINT "editorial_plan_copy_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editorial_plan"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "targets_copy_rules_order_idx" ON "targets_copy_rules" USING btree ("_order");
  CREATE INDEX "targets_copy_rules_parent_id_idx" ON "targets_copy_rules" USING btree ("_parent_id");
  CREATE INDEX "phases_copy_rules_order_idx" ON "phases_copy_rules" USING btree ("_order");
  CREATE INDEX "phases_copy_rules_parent_id_idx" ON "phases_copy_rules" USING btree ("_parent_id");
  CREATE INDEX "editorial_plan_copy_rules_order_idx" ON "editorial_plan_copy_rules" USING btree ("_order");
  CREATE INDEX "editorial_plan_copy_rules_parent_id_idx" ON "editorial_plan_copy_rules" USING btree ("_parent_id");
  ALTER TABLE "posts" ADD CONSTRAINT "posts_copy_override_by_id_users_id_fk" FOREIGN KEY ("copy_override_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_copy_override_by_id_users_id_fk" FOREIGN KEY ("version_copy_override_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "posts_copy_override_copy_override_by_idx" ON "posts" USING btree ("copy_override_by_id");
  CREATE INDEX "_posts_v_version_copy_override_version_copy_override_by_idx" ON "_posts_v" USING btree ("version_copy_override_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "targets_copy_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "phases_copy_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editorial_plan_copy_rules" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "targets_copy_rules" CASCADE;
  DROP TABLE "phases_copy_rules" CASCADE;
  DROP TABLE "editorial_plan_copy_rules" CASCADE;
  ALTER TABLE "posts" DROP CONSTRAINT "posts_copy_override_by_id_users_id_fk";
  
  ALTER TABLE "_posts_v" DROP CONSTRAINT "_posts_v_version_copy_override_by_id_users_id_fk";
  
  DROP INDEX "posts_copy_override_copy_override_by_idx";
  DROP INDEX "_posts_v_version_copy_override_version_copy_override_by_idx";
  ALTER TABLE "posts" DROP COLUMN "copy_override_reason";
  ALTER TABLE "posts" DROP COLUMN "copy_override_by_id";
  ALTER TABLE "posts" DROP COLUMN "copy_override_at";
  ALTER TABLE "_posts_v" DROP COLUMN "version_copy_override_reason";
  ALTER TABLE "_posts_v" DROP COLUMN "version_copy_override_by_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_copy_override_at";
  DROP TYPE "public"."enum_targets_copy_rules_kind";
  DROP TYPE "public"."enum_targets_copy_rules_level";
  DROP TYPE "public"."enum_phases_copy_rules_kind";
  DROP TYPE "public"."enum_phases_copy_rules_level";
  DROP TYPE "public"."enum_editorial_plan_copy_rules_kind";
  DROP TYPE "public"."enum_editorial_plan_copy_rules_level";`)
}
