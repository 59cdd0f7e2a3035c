import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`status_publishAt_target_idx\` ON \`posts\` (\`status\`,\`publish_at\`,\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`phase_status_publishAt_idx\` ON \`posts\` (\`phase_id\`,\`status\`,\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`version_status_version_publishAt_version_target_idx\` ON \`_posts_v\` (\`version_status\`,\`version_publish_at\`,\`version_target_id\`);`)
  await db.run(sql`CREATE INDEX \`version_phase_version_status_version_publishAt_idx\` ON \`_posts_v\` (\`version_phase_id\`,\`version_status\`,\`version_publish_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`status_publishAt_target_idx\`;`)
  await db.run(sql`DROP INDEX \`phase_status_publishAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_status_version_publishAt_version_target_idx\`;`)
  await db.run(sql`DROP INDEX \`version_phase_version_status_version_publishAt_idx\`;`)
}
