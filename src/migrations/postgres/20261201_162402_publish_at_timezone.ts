import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The zone the admin enters and shows `publishAt` in (Payload's date-field timezone). Posts written
// before it take the plan's timezone, as every save now pins it; Europe/Paris when no plan is stored.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" ADD COLUMN "publishat_tz" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_publishat_tz" varchar;
  UPDATE "posts" SET "publishat_tz" =
    COALESCE((SELECT NULLIF("timezone", '') FROM "editorial_plan" LIMIT 1), 'Europe/Paris');
  UPDATE "_posts_v" SET "version_publishat_tz" =
    COALESCE((SELECT NULLIF("timezone", '') FROM "editorial_plan" LIMIT 1), 'Europe/Paris');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" DROP COLUMN "publishat_tz";
  ALTER TABLE "_posts_v" DROP COLUMN "version_publishat_tz";`)
}
