import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The zone the admin enters and shows `publishAt` in (Payload's date-field timezone). Posts written
// before it take the plan's timezone, as every save now pins it; Europe/Paris when no plan is stored.
const PLAN_TIMEZONE = sql`COALESCE((SELECT NULLIF(\`timezone\`, '') FROM \`editorial_plan\` LIMIT 1), 'Europe/Paris')`

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts\` ADD \`publishat_tz\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_publishat_tz\` text;`)
  await db.run(sql`UPDATE \`posts\` SET \`publishat_tz\` = ${PLAN_TIMEZONE};`)
  await db.run(sql`UPDATE \`_posts_v\` SET \`version_publishat_tz\` = ${PLAN_TIMEZONE};`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`publishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_publishat_tz\`;`)
}
