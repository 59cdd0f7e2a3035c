import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_channels_format_requirements_kinds" AS ENUM('image', 'document', 'video');
  CREATE TYPE "public"."enum_channels_format_requirements_format" AS ENUM('text', 'carousel', 'testimonial', 'short-video', 'case-study', 'comparison', 'behind-the-scenes', 'product-news', 'co-creation', 'interview');
  CREATE TABLE "channels_format_requirements_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_channels_format_requirements_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "channels_format_requirements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"format" "enum_channels_format_requirements_format" NOT NULL,
  	"min" numeric DEFAULT 0 NOT NULL,
  	"max" numeric NOT NULL,
  	"max_pages" numeric,
  	"min_seconds" numeric,
  	"max_seconds" numeric
  );
  
  ALTER TABLE "channels_format_requirements_kinds" ADD CONSTRAINT "channels_format_requirements_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."channels_format_requirements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "channels_format_requirements" ADD CONSTRAINT "channels_format_requirements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "channels_format_requirements_kinds_order_idx" ON "channels_format_requirements_kinds" USING btree ("order");
  CREATE INDEX "channels_format_requirements_kinds_parent_idx" ON "channels_format_requirements_kinds" USING btree ("parent_id");
  CREATE INDEX "channels_format_requirements_order_idx" ON "channels_format_requirements" USING btree ("_order");
  CREATE INDEX "channels_format_requirements_parent_id_idx" ON "channels_format_requirements" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "channels_format_requirements_kinds" CASCADE;
  DROP TABLE "channels_format_requirements" CASCADE;
  DROP TYPE "public"."enum_channels_format_requirements_kinds";
  DROP TYPE "public"."enum_channels_format_requirements_format";`)
}
