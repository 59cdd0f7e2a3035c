import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/*
 * Written by hand (not generated): the second half of `..._channels_keep` (see there). One channel
 * per distinct old value, in the order the values first appear (the old default, `linkedin`, first),
 * named after its slug for an admin to rename; every post and version then points at its own.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`INSERT INTO \`channels\` (\`name\`, \`slug\`, \`active\`) SELECT \`value\`, \`value\`, 1 FROM \`_channels_kept\` WHERE \`value\` NOT IN (SELECT \`slug\` FROM \`channels\`) GROUP BY \`value\` ORDER BY MIN(\`rowid\`);`,
  )
  await db.run(
    sql`UPDATE \`posts\` SET \`channel_id\` = (SELECT \`channels\`.\`id\` FROM \`_channels_kept\` JOIN \`channels\` ON \`channels\`.\`slug\` = \`_channels_kept\`.\`value\` WHERE \`kind\` = 'post' AND \`row_id\` = \`posts\`.\`id\`), \`checklist_channel\` = 1 WHERE \`id\` IN (SELECT \`row_id\` FROM \`_channels_kept\` WHERE \`kind\` = 'post');`,
  )
  await db.run(
    sql`UPDATE \`_posts_v\` SET \`version_channel_id\` = (SELECT \`channels\`.\`id\` FROM \`_channels_kept\` JOIN \`channels\` ON \`channels\`.\`slug\` = \`_channels_kept\`.\`value\` WHERE \`kind\` = 'version' AND \`row_id\` = \`_posts_v\`.\`id\`), \`version_checklist_channel\` = 1 WHERE \`id\` IN (SELECT \`row_id\` FROM \`_channels_kept\` WHERE \`kind\` = 'version');`,
  )
  await db.run(sql`DROP TABLE \`_channels_kept\`;`)
}

/** Back: each post's channel slug, kept aside for `..._channels_keep`'s down once the select is back. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_channels_kept\` (\`kind\` text NOT NULL, \`row_id\` integer NOT NULL, \`value\` text NOT NULL);`)
  await db.run(
    sql`INSERT INTO \`_channels_kept\` SELECT 'post', \`posts\`.\`id\`, \`channels\`.\`slug\` FROM \`posts\` JOIN \`channels\` ON \`channels\`.\`id\` = \`posts\`.\`channel_id\`;`,
  )
  await db.run(
    sql`INSERT INTO \`_channels_kept\` SELECT 'version', \`_posts_v\`.\`id\`, \`channels\`.\`slug\` FROM \`_posts_v\` JOIN \`channels\` ON \`channels\`.\`id\` = \`_posts_v\`.\`version_channel_id\`;`,
  )
}
