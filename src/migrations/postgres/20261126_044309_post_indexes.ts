import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "target_status_publishAt_idx" ON "posts" USING btree ("target_id","status","publish_at");
  CREATE INDEX "_status_publishAt_idx" ON "posts" USING btree ("_status","publish_at");
  CREATE INDEX "_status_status_idx" ON "posts" USING btree ("_status","status");
  CREATE INDEX "version_target_version_status_version_publishAt_idx" ON "_posts_v" USING btree ("version_target_id","version_status","version_publish_at");
  CREATE INDEX "version__status_version_publishAt_idx" ON "_posts_v" USING btree ("version__status","version_publish_at");
  CREATE INDEX "version__status_version_status_idx" ON "_posts_v" USING btree ("version__status","version_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "target_status_publishAt_idx";
  DROP INDEX "_status_publishAt_idx";
  DROP INDEX "_status_status_idx";
  DROP INDEX "version_target_version_status_version_publishAt_idx";
  DROP INDEX "version__status_version_publishAt_idx";
  DROP INDEX "version__status_version_status_idx";`)
}
