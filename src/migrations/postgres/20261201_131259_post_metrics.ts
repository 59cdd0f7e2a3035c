import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" ADD COLUMN "metrics_impressions" numeric;
  ALTER TABLE "posts" ADD COLUMN "metrics_reactions" numeric;
  ALTER TABLE "posts" ADD COLUMN "metrics_comments" numeric;
  ALTER TABLE "posts" ADD COLUMN "metrics_shares" numeric;
  ALTER TABLE "posts" ADD COLUMN "metrics_clicks" numeric;
  ALTER TABLE "posts" ADD COLUMN "metrics_measured_at" timestamp(3) with time zone;
  ALTER TABLE "_posts_v" ADD COLUMN "version_metrics_impressions" numeric;
  ALTER TABLE "_posts_v" ADD COLUMN "version_metrics_reactions" numeric;
  ALTER TABLE "_posts_v" ADD COLUMN "version_metrics_comments" numeric;
  ALTER TABLE "_posts_v" ADD COLUMN "version_metrics_shares" numeric;
  ALTER TABLE "_posts_v" ADD COLUMN "version_metrics_clicks" numeric;
  ALTER TABLE "_posts_v" ADD COLUMN "version_metrics_measured_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" DROP COLUMN "metrics_impressions";
  ALTER TABLE "posts" DROP COLUMN "metrics_reactions";
  ALTER TABLE "posts" DROP COLUMN "metrics_comments";
  ALTER TABLE "posts" DROP COLUMN "metrics_shares";
  ALTER TABLE "posts" DROP COLUMN "metrics_clicks";
  ALTER TABLE "posts" DROP COLUMN "metrics_measured_at";
  ALTER TABLE "_posts_v" DROP COLUMN "version_metrics_impressions";
  ALTER TABLE "_posts_v" DROP COLUMN "version_metrics_reactions";
  ALTER TABLE "_posts_v" DROP COLUMN "version_metrics_comments";
  ALTER TABLE "_posts_v" DROP COLUMN "version_metrics_shares";
  ALTER TABLE "_posts_v" DROP COLUMN "version_metrics_clicks";
  ALTER TABLE "_posts_v" DROP COLUMN "version_metrics_measured_at";`)
}
