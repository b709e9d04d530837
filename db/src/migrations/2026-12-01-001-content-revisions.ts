import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration must never import application code.

/** What each kind's history keeps: the table, the column naming the row, and the snapshot of a row `x`. */
const KINDS = [
  {
    table: 'courses',
    history: 'course_revisions',
    owner: 'course_id',
    snapshot: sql`jsonb_build_object(
      'title', x.title, 'summary', x.summary, 'description_html', x.description_html, 'format', x.format,
      'target_audiences', to_jsonb(x.target_audiences), 'learning_goals', to_jsonb(x.learning_goals),
      'credits', x.credits, 'language', x.language, 'price_amount', x.price_amount::text,
      'price_currency', x.price_currency, 'contact_id', x.contact_id,
      'topic_ids', to_jsonb(ARRAY(SELECT topic_id FROM course_topics WHERE course_id = x.id ORDER BY topic_id)),
      'open_to_ids', to_jsonb(ARRAY(SELECT municipality_id FROM course_open_to WHERE course_id = x.id ORDER BY municipality_id)),
      'prerequisite_ids', to_jsonb(ARRAY(SELECT prerequisite_id FROM course_prerequisites WHERE course_id = x.id ORDER BY prerequisite_id)),
      'sessions', (SELECT coalesce(jsonb_agg(jsonb_build_object(
          'id', s.id, 'starts_at', s.starts_at, 'ends_at', s.ends_at, 'place_name', s.place_name,
          'address', s.address, 'municipality_id', s.municipality_id, 'online_url', s.online_url,
          'capacity', s.capacity, 'registration_url', s.registration_url,
          'registration_deadline', s.registration_deadline, 'status', s.status) ORDER BY s.starts_at, s.id), '[]')
        FROM course_sessions s WHERE s.course_id = x.id))`,
  },
  {
    table: 'events',
    history: 'event_revisions',
    owner: 'event_id',
    snapshot: sql`jsonb_build_object(
      'title', x.title, 'summary', x.summary, 'description_html', x.description_html,
      'starts_at', x.starts_at, 'ends_at', x.ends_at, 'place_name', x.place_name, 'address', x.address,
      'municipality_id', x.municipality_id, 'online_url', x.online_url, 'registration_url', x.registration_url,
      'registration_deadline', x.registration_deadline, 'language', x.language, 'contact_id', x.contact_id,
      'topic_ids', to_jsonb(ARRAY(SELECT topic_id FROM event_topics WHERE event_id = x.id ORDER BY topic_id)))`,
  },
  {
    table: 'contacts',
    history: 'contact_revisions',
    owner: 'contact_id',
    snapshot: sql`jsonb_build_object(
      'name', x.name, 'role_title', x.role_title, 'email', x.email, 'phone', x.phone, 'language', x.language)`,
  },
] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and do not know the app's table types
export async function up(db: Kysely<any>): Promise<void> {
  for (const kind of KINDS) {
    // The revision a row is at: an update names the revision it was based on, and a stale one is refused.
    await sql`ALTER TABLE ${sql.table(kind.table)} ADD COLUMN revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1)`.execute(
      db,
    );
    // Every saved state, with who saved it and when; the content as one JSON snapshot, so a course keeps its sessions.
    await sql`
      CREATE TABLE ${sql.table(kind.history)} (
        ${sql.ref(kind.owner)} uuid NOT NULL REFERENCES ${sql.table(kind.table)} (id),
        revision integer NOT NULL CHECK (revision >= 1),
        author_id uuid REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        change text NOT NULL,
        status text NOT NULL,
        snapshot jsonb NOT NULL,
        PRIMARY KEY (${sql.ref(kind.owner)}, revision)
      )`.execute(db);
    // Rows written before revisions existed start their history here, so a first edit erases nothing.
    await sql`
      INSERT INTO ${sql.table(kind.history)} (${sql.ref(kind.owner)}, revision, author_id, change, status, snapshot)
      SELECT x.id, x.revision, NULL, 'created', x.status, ${kind.snapshot}
      FROM ${sql.table(kind.table)} x`.execute(db);
  }
  // The federation's people list their own drafts, last saved first.
  await sql`CREATE INDEX courses_federation_status_idx ON courses (federation_id, status, updated_at DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX events_federation_status_idx ON events (federation_id, status, updated_at DESC, id DESC)`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX events_federation_status_idx`.execute(db);
  await sql`DROP INDEX courses_federation_status_idx`.execute(db);
  for (const kind of [...KINDS].reverse()) {
    await db.schema.dropTable(kind.history).execute();
    await sql`ALTER TABLE ${sql.table(kind.table)} DROP COLUMN revision`.execute(db);
  }
}
