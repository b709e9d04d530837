import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration must never import application code.

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and do not know the app's table types
export async function up(db: Kysely<any>): Promise<void> {
  // The revision an item is at: an update names the revision it was based on, and a stale one is refused.
  await sql`ALTER TABLE news_items ADD COLUMN revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1)`.execute(db);
  await sql`CREATE INDEX news_scheduled_idx ON news_items (scheduled_for) WHERE status = 'scheduled'`.execute(db);
  await sql`CREATE INDEX news_federation_status_idx ON news_items (federation_id, status, updated_at DESC, id DESC)`.execute(
    db,
  );
  // Feeds answer If-Modified-Since from the newest change, across all statuses.
  await sql`CREATE INDEX news_updated_idx ON news_items (updated_at)`.execute(db);
  await sql`CREATE INDEX news_federation_updated_idx ON news_items (federation_id, updated_at)`.execute(db);

  // Every saved state of an item, with who saved it and when: nothing is overwritten without a trace.
  await sql`
    CREATE TABLE news_revisions (
      news_item_id uuid NOT NULL REFERENCES news_items (id),
      revision integer NOT NULL CHECK (revision >= 1),
      author_id uuid REFERENCES users (id),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      change text NOT NULL,
      title text NOT NULL,
      summary text NOT NULL,
      body_html text NOT NULL,
      images jsonb NOT NULL,
      language text NOT NULL,
      status text NOT NULL,
      published_at timestamptz(3),
      scheduled_for timestamptz(3),
      contact_id uuid,
      topic_ids uuid[] NOT NULL DEFAULT '{}',
      municipality_ids uuid[] NOT NULL DEFAULT '{}',
      PRIMARY KEY (news_item_id, revision)
    )`.execute(db);
  // Items written before revisions existed start their history here, so a first edit erases nothing.
  await sql`
    INSERT INTO news_revisions (news_item_id, revision, author_id, change, title, summary, body_html, images, language,
      status, published_at, scheduled_for, contact_id, topic_ids, municipality_ids)
    SELECT n.id, n.revision, NULL, 'created', n.title, n.summary, n.body_html, n.images, n.language,
      n.status, n.published_at, n.scheduled_for, n.contact_id,
      ARRAY(SELECT topic_id FROM news_item_topics WHERE news_item_id = n.id ORDER BY topic_id),
      ARRAY(SELECT municipality_id FROM news_item_municipalities WHERE news_item_id = n.id ORDER BY municipality_id)
    FROM news_items n`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('news_revisions').execute();
  await sql`DROP INDEX news_federation_updated_idx`.execute(db);
  await sql`DROP INDEX news_updated_idx`.execute(db);
  await sql`DROP INDEX news_federation_status_idx`.execute(db);
  await sql`DROP INDEX news_scheduled_idx`.execute(db);
  await sql`ALTER TABLE news_items DROP COLUMN revision`.execute(db);
}
