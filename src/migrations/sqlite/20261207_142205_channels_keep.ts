import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/*
 * Written by hand (not generated): keeps every post's channel across the channels migration.
 * Posts' `channel` was a select (a slug such as `linkedin`); the next, generated, migration drops it
 * for `channel_id`, a relationship to the new `channels` collection. This step, run just before it,
 * copies the old values aside; `..._channels_restore`, run just after, makes one channel per distinct
 * value and points posts and their versions at it. Keep the three in this order in index.ts when the
 * generated migration is regenerated.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_channels_kept\` (\`kind\` text NOT NULL, \`row_id\` integer NOT NULL, \`value\` text NOT NULL);`)
  await db.run(
    sql`INSERT INTO \`_channels_kept\` SELECT 'post', \`id\`, \`channel\` FROM \`posts\` WHERE \`channel\` IS NOT NULL AND \`channel\` <> '';`,
  )
  await db.run(
    sql`INSERT INTO \`_channels_kept\` SELECT 'version', \`id\`, \`version_channel\` FROM \`_posts_v\` WHERE \`version_channel\` IS NOT NULL AND \`version_channel\` <> '';`,
  )
}

/** Back: the values `..._channels_restore`'s down kept aside go back into the select column. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(
    sql`UPDATE \`posts\` SET \`channel\` = (SELECT \`value\` FROM \`_channels_kept\` WHERE \`kind\` = 'post' AND \`row_id\` = \`posts\`.\`id\`) WHERE \`id\` IN (SELECT \`row_id\` FROM \`_channels_kept\` WHERE \`kind\` = 'post');`,
  )
  await db.run(
    sql`UPDATE \`_posts_v\` SET \`version_channel\` = (SELECT \`value\` FROM \`_channels_kept\` WHERE \`kind\` = 'version' AND \`row_id\` = \`_posts_v\`.\`id\`) WHERE \`id\` IN (SELECT \`row_id\` FROM \`_channels_kept\` WHERE \`kind\` = 'version');`,
  )
  await db.run(sql`DROP TABLE IF EXISTS \`_channels_kept\`;`)
}
