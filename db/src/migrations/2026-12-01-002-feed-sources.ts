import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration must never import application code.

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and do not know the app's table types
export async function up(db: Kysely<any>): Promise<void> {
  // Feeds a federation already publishes on its own website, imported on a schedule.
  await sql`
    CREATE TABLE feed_sources (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      federation_id uuid NOT NULL REFERENCES federations (id),
      url text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
      kind text NOT NULL CHECK (kind IN ('news', 'events')),
      language text NOT NULL,
      interval_minutes integer NOT NULL DEFAULT 60 CHECK (interval_minutes BETWEEN 5 AND 10080),
      enabled boolean NOT NULL DEFAULT true,
      archived_at timestamptz(3),
      next_run_at timestamptz(3) NOT NULL DEFAULT now(),
      claimed_until timestamptz(3),
      etag text,
      last_modified text,
      last_run_at timestamptz(3),
      last_success_at timestamptz(3),
      last_status text CHECK (last_status IN ('ok', 'not_modified', 'failed')),
      last_error_code text,
      last_error text,
      last_created integer NOT NULL DEFAULT 0,
      last_updated integer NOT NULL DEFAULT 0,
      last_unchanged integer NOT NULL DEFAULT 0,
      last_skipped integer NOT NULL DEFAULT 0,
      last_images_without_alt integer NOT NULL DEFAULT 0,
      created_by uuid REFERENCES users (id),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      UNIQUE (federation_id, url)
    )`.execute(db);
  await sql`CREATE TRIGGER feed_sources_updated_at BEFORE UPDATE ON feed_sources
    FOR EACH ROW EXECUTE FUNCTION set_updated_at()`.execute(db);
  // The pollers' claim: the soonest due of the sources that are switched on.
  await sql`CREATE INDEX feed_sources_due_idx ON feed_sources (next_run_at) WHERE enabled AND archived_at IS NULL`.execute(
    db,
  );

  // An imported item remembers its source and the entry's key there (guid, id, link or UID), so a
  // later run finds it again; the hash of what was imported tells a changed entry from an unchanged one.
  for (const table of ['news_items', 'events']) {
    await sql`ALTER TABLE ${sql.table(table)}
      ADD COLUMN feed_source_id uuid REFERENCES feed_sources (id),
      ADD COLUMN source_key text,
      ADD COLUMN source_hash text,
      ADD CONSTRAINT ${sql.raw(`${table}_source_key_check`)} CHECK ((feed_source_id IS NULL) = (source_key IS NULL))`.execute(
      db,
    );
    await sql`CREATE UNIQUE INDEX ${sql.raw(`${table}_feed_entry_idx`)} ON ${sql.table(table)} (feed_source_id, source_key)
      WHERE feed_source_id IS NOT NULL`.execute(db);
  }
  await sql`ALTER TABLE events ADD COLUMN source_url text`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE events DROP COLUMN source_url`.execute(db);
  for (const table of ['news_items', 'events']) {
    await sql`DROP INDEX ${sql.raw(`${table}_feed_entry_idx`)}`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)}
      DROP CONSTRAINT ${sql.raw(`${table}_source_key_check`)},
      DROP COLUMN source_hash,
      DROP COLUMN source_key,
      DROP COLUMN feed_source_id`.execute(db);
  }
  await db.schema.dropTable('feed_sources').execute();
}
