import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`channels_format_requirements_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`channels_format_requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`channels_format_requirements_kinds_order_idx\` ON \`channels_format_requirements_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`channels_format_requirements_kinds_parent_idx\` ON \`channels_format_requirements_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`channels_format_requirements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`format\` text NOT NULL,
  	\`min\` numeric DEFAULT 0 NOT NULL,
  	\`max\` numeric NOT NULL,
  	\`max_pages\` numeric,
  	\`min_seconds\` numeric,
  	\`max_seconds\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`channels_format_requirements_order_idx\` ON \`channels_format_requirements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`channels_format_requirements_parent_id_idx\` ON \`channels_format_requirements\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`channels_format_requirements_kinds\`;`)
  await db.run(sql`DROP TABLE \`channels_format_requirements\`;`)
}
