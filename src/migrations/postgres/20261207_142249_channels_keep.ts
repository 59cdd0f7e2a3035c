import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/*
 * Written by hand (not generated): keeps every post's channel across the channels migration.
 * Posts' `channel` was a select (an enum value such as `linkedin`); the next, generated, migration
 * drops it for `channel_id`, a relationship to the new `channels` collection. This step, run just
 * before it, copies the old values aside; `..._channels_restore`, run just after, makes one channel
 * per distinct value and points posts and their versions at it. Keep the three in this order in
 * index.ts when the generated migration is regenerated.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "_channels_kept" ("seq" serial PRIMARY KEY, "kind" varchar NOT NULL, "row_id" integer NOT NULL, "value" varchar NOT NULL);
  INSERT INTO "_channels_kept" ("kind", "row_id", "value") SELECT 'post', "id", "channel"::text FROM "posts" WHERE "channel" IS NOT NULL ORDER BY "id";
  INSERT INTO "_channels_kept" ("kind", "row_id", "value") SELECT 'version', "id", "version_channel"::text FROM "_posts_v" WHERE "version_channel" IS NOT NULL ORDER BY "id";`)
}

/** Back: the values `..._channels_restore`'s down kept aside go back into the select column (those its enum has). */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "posts" SET "channel" = "k"."value"::"enum_posts_channel" FROM "_channels_kept" "k"
    WHERE "k"."kind" = 'post' AND "k"."row_id" = "posts"."id" AND "k"."value" IN (SELECT unnest(enum_range(NULL::"enum_posts_channel"))::text);
  UPDATE "_posts_v" SET "version_channel" = "k"."value"::"enum__posts_v_version_channel" FROM "_channels_kept" "k"
    WHERE "k"."kind" = 'version' AND "k"."row_id" = "_posts_v"."id" AND "k"."value" IN (SELECT unnest(enum_range(NULL::"enum__posts_v_version_channel"))::text);
  DROP TABLE IF EXISTS "_channels_kept";`)
}
