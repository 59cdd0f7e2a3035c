import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  DROP INDEX "version_phase_version_status_version_publishAt_idx";`)
}
