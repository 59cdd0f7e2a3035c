import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`target_status_publishAt_idx\` ON \`posts\` (\`target_id\`,\`status\`,\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishAt_idx\` ON \`posts\` (\`_status\`,\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_status_idx\` ON \`posts\` (\`_status\`,\`status\`);`)
  await db.run(sql`CREATE INDEX \`version_target_version_status_version_publishAt_idx\` ON \`_posts_v\` (\`version_target_id\`,\`version_status\`,\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishAt_idx\` ON \`_posts_v\` (\`version__status\`,\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_status_idx\` ON \`_posts_v\` (\`version__status\`,\`version_status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`target_status_publishAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_status_idx\`;`)
  await db.run(sql`DROP INDEX \`version_target_version_status_version_publishAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_status_idx\`;`)
}
