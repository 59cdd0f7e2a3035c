import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts\` ADD \`metrics_impressions\` numeric;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`metrics_reactions\` numeric;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`metrics_comments\` numeric;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`metrics_shares\` numeric;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`metrics_clicks\` numeric;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`metrics_measured_at\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_metrics_impressions\` numeric;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_metrics_reactions\` numeric;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_metrics_comments\` numeric;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_metrics_shares\` numeric;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_metrics_clicks\` numeric;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_metrics_measured_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`metrics_impressions\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`metrics_reactions\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`metrics_comments\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`metrics_shares\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`metrics_clicks\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`metrics_measured_at\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_metrics_impressions\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_metrics_reactions\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_metrics_comments\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_metrics_shares\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_metrics_clicks\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_metrics_measured_at\`;`)
}
