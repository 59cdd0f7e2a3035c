import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "phases" ADD COLUMN "adaptation" varchar;
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
  ALTER TABLE "_posts_v" ADD COLUMN "version_metrics_measured_at" timestamp(3) with time zone;
  CREATE INDEX "status_publishAt_target_idx" ON "posts" USING btree ("status","publish_at","target_id");
  CREATE INDEX "phase_status_publishAt_idx" ON "posts" USING btree ("phase_id","status","publish_at");
  CREATE INDEX "version_status_version_publishAt_version_target_idx" ON "_posts_v" USING btree ("version_status","version_publish_at","version_target_id");
  CREATE INDEX "version_phase_version_status_version_publishAt_idx" ON "_posts_v" USING btree ("version_phase_id","version_status","version_publish_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "status_publishAt_target_idx";
  DROP INDEX "phase_status_publishAt_idx";
  DROP INDEX "version_status_version_publishAt_version_target_idx";
  DROP INDEX "version_phase_version_status_version_publishAt_idx";
  ALTER TABLE "phases" DROP COLUMN "adaptation";
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
