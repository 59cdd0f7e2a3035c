import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/*
 * Written by hand (not generated): the second half of `..._channels_keep` (see there). One channel
 * per distinct old value, in the order the values first appear (the old default, `linkedin`, first),
 * named after its slug for an admin to rename; every post and version then points at its own.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  INSERT INTO "channels" ("name", "slug", "active")
    SELECT "value", "value", true FROM "_channels_kept" WHERE "value" NOT IN (SELECT "slug" FROM "channels")
    GROUP BY "value" ORDER BY MIN("seq");
  UPDATE "posts" SET "channel_id" = "channels"."id", "checklist_channel" = true
    FROM "_channels_kept" "k" JOIN "channels" ON "channels"."slug" = "k"."value"
    WHERE "k"."kind" = 'post' AND "k"."row_id" = "posts"."id";
  UPDATE "_posts_v" SET "version_channel_id" = "channels"."id", "version_checklist_channel" = true
    FROM "_channels_kept" "k" JOIN "channels" ON "channels"."slug" = "k"."value"
    WHERE "k"."kind" = 'version' AND "k"."row_id" = "_posts_v"."id";
  DROP TABLE "_channels_kept";`)
}

/** Back: each post's channel slug, kept aside for `..._channels_keep`'s down once the select is back. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "_channels_kept" ("seq" serial PRIMARY KEY, "kind" varchar NOT NULL, "row_id" integer NOT NULL, "value" varchar NOT NULL);
  INSERT INTO "_channels_kept" ("kind", "row_id", "value") SELECT 'post', "posts"."id", "channels"."slug" FROM "posts" JOIN "channels" ON "channels"."id" = "posts"."channel_id";
  INSERT INTO "_channels_kept" ("kind", "row_id", "value") SELECT 'version', "_posts_v"."id", "channels"."slug" FROM "_posts_v" JOIN "channels" ON "channels"."id" = "_posts_v"."version_channel_id";`)
}
