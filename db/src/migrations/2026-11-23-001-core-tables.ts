import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration must never import application code.

const searchConfig = (languageColumn: string) => `search_config(${languageColumn})`;

const weightedVector = (languageColumn: string, columns: Array<[string, 'A' | 'B' | 'C']>) =>
  sql.raw(
    columns
      .map(
        ([column, weight]) =>
          `setweight(to_tsvector(${searchConfig(languageColumn)}, coalesce(${column}, '')), '${weight}')`,
      )
      .join(' || '),
  );

/** Rich text is indexed without its markup; an immutable expression, so it may feed a generated column. */
const stripTags = (column: string) => `regexp_replace(${column}, '<[^>]*>', ' ', 'g')`;

const timestamps = sql.raw(
  'created_at timestamptz(3) NOT NULL DEFAULT now(), updated_at timestamptz(3) NOT NULL DEFAULT now()',
);

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and do not know the app's table types
export async function up(db: Kysely<any>): Promise<void> {
  // Each item is indexed with the text-search configuration of its own language.
  await sql`
    CREATE FUNCTION search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE language
      WHEN 'sv' THEN 'swedish'::regconfig
      WHEN 'nb' THEN 'norwegian'::regconfig
      WHEN 'nn' THEN 'norwegian'::regconfig
      WHEN 'en' THEN 'english'::regconfig
      ELSE 'simple'::regconfig
    END`.execute(db);
  await sql`
    CREATE TABLE federations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      short_name text,
      kind text NOT NULL CHECK (kind IN ('vo_college', 'municipal_association', 'network', 'national_centre', 'other')),
      country char(2) NOT NULL CHECK (country IN ('SE', 'NO')),
      region_name text,
      region_county_codes text[] NOT NULL DEFAULT '{}',
      description text NOT NULL DEFAULT '',
      website text,
      social_links jsonb NOT NULL DEFAULT '[]',
      parent_id uuid REFERENCES federations (id),
      time_zone text NOT NULL,
      default_language text NOT NULL,
      is_demo boolean NOT NULL DEFAULT false,
      ${timestamps}
    )`.execute(db);
  await sql`CREATE INDEX federations_parent_idx ON federations (parent_id)`.execute(db);
  await sql`CREATE INDEX federations_country_name_idx ON federations (country, name, id)`.execute(db);

  await sql`
    CREATE TABLE municipalities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      country char(2) NOT NULL CHECK (country IN ('SE', 'NO')),
      code char(4) NOT NULL CHECK (code ~ '^[0-9]{4}$'),
      name text NOT NULL,
      official_name text NOT NULL,
      county_code char(2) NOT NULL,
      county_name text NOT NULL,
      latitude double precision,
      longitude double precision,
      website text,
      ${timestamps},
      UNIQUE (country, code)
    )`.execute(db);
  await sql`CREATE INDEX municipalities_code_idx ON municipalities (code)`.execute(db);
  await sql`CREATE INDEX municipalities_county_idx ON municipalities (country, county_code, name, id)`.execute(db);
  await sql`CREATE INDEX municipalities_name_idx ON municipalities (name, id)`.execute(db);

  await sql`
    CREATE TABLE memberships (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      federation_id uuid NOT NULL REFERENCES federations (id),
      municipality_id uuid NOT NULL REFERENCES municipalities (id),
      joined_on date NOT NULL,
      left_on date,
      ${timestamps},
      CHECK (left_on IS NULL OR left_on >= joined_on),
      UNIQUE (federation_id, municipality_id, joined_on)
    )`.execute(db);
  await sql`CREATE INDEX memberships_municipality_idx ON memberships (municipality_id, federation_id)`.execute(db);

  await sql`
    CREATE TABLE topics (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name_sv text NOT NULL,
      name_nb text NOT NULL,
      name_en text NOT NULL,
      ${timestamps}
    )`.execute(db);

  await sql`
    CREATE TABLE contacts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      federation_id uuid REFERENCES federations (id),
      municipality_id uuid REFERENCES municipalities (id),
      name text NOT NULL,
      role_title text NOT NULL,
      email text,
      phone text,
      language text NOT NULL,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
      is_demo boolean NOT NULL DEFAULT false,
      search_vector tsvector GENERATED ALWAYS AS (${weightedVector('language', [
        ['name', 'A'],
        ['role_title', 'B'],
      ])}) STORED,
      ${timestamps},
      CHECK (num_nonnulls(federation_id, municipality_id) = 1)
    )`.execute(db);
  await sql`CREATE INDEX contacts_federation_idx ON contacts (federation_id, name, id) WHERE status = 'active'`.execute(
    db,
  );
  await sql`CREATE INDEX contacts_municipality_idx ON contacts (municipality_id, name, id) WHERE status = 'active'`.execute(
    db,
  );
  await sql`CREATE INDEX contacts_name_idx ON contacts (name, id) WHERE status = 'active'`.execute(db);
  await sql`CREATE INDEX contacts_search_idx ON contacts USING gin (search_vector)`.execute(db);

  await createNews(db);
  await createCourses(db);
  await createEvents(db);
  await createInitiatives(db);
  await keepUpdatedAt(db);
}

const TABLES_WITH_TIMESTAMPS = [
  'federations',
  'municipalities',
  'memberships',
  'topics',
  'contacts',
  'news_items',
  'courses',
  'course_sessions',
  'events',
  'initiatives',
];

/** `updated_at` follows every change, whoever writes it. */
// biome-ignore lint/suspicious/noExplicitAny: see up()
async function keepUpdatedAt(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.updated_at = now();
      RETURN NEW;
    END $$`.execute(db);
  for (const table of TABLES_WITH_TIMESTAMPS) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_updated_at`)} BEFORE UPDATE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION set_updated_at()`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
async function createNews(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE news_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      federation_id uuid NOT NULL REFERENCES federations (id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      summary text NOT NULL DEFAULT '',
      body_html text NOT NULL DEFAULT '',
      images jsonb NOT NULL DEFAULT '[]',
      language text NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'scheduled', 'published', 'archived')),
      published_at timestamptz(3),
      scheduled_for timestamptz(3),
      contact_id uuid REFERENCES contacts (id),
      source_url text,
      is_demo boolean NOT NULL DEFAULT false,
      search_vector tsvector GENERATED ALWAYS AS (${weightedVector('language', [
        ['title', 'A'],
        ['summary', 'B'],
        [stripTags('body_html'), 'C'],
      ])}) STORED,
      ${timestamps},
      CHECK (status <> 'published' OR published_at IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX news_published_idx ON news_items (published_at DESC, id DESC) WHERE status = 'published'`.execute(
    db,
  );
  await sql`CREATE INDEX news_federation_published_idx ON news_items (federation_id, published_at DESC, id DESC) WHERE status = 'published'`.execute(
    db,
  );
  await sql`CREATE INDEX news_language_published_idx ON news_items (language, published_at DESC, id DESC) WHERE status = 'published'`.execute(
    db,
  );
  await sql`CREATE INDEX news_search_idx ON news_items USING gin (search_vector)`.execute(db);
  await sql`CREATE INDEX news_contact_idx ON news_items (contact_id)`.execute(db);

  await linkTable(db, 'news_item_topics', 'news_item_id', 'news_items', 'topic_id', 'topics');
  await linkTable(db, 'news_item_municipalities', 'news_item_id', 'news_items', 'municipality_id', 'municipalities');
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
async function createCourses(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE courses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      federation_id uuid NOT NULL REFERENCES federations (id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      summary text NOT NULL DEFAULT '',
      description_html text NOT NULL DEFAULT '',
      format text NOT NULL CHECK (format IN ('digital', 'on_site', 'blended', 'self_paced')),
      target_audiences text[] NOT NULL DEFAULT '{}',
      learning_goals text[] NOT NULL DEFAULT '{}',
      credits jsonb NOT NULL DEFAULT '[]',
      language text NOT NULL,
      price_amount numeric(10, 2),
      price_currency char(3),
      contact_id uuid REFERENCES contacts (id),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
      published_at timestamptz(3),
      is_demo boolean NOT NULL DEFAULT false,
      search_vector tsvector GENERATED ALWAYS AS (${weightedVector('language', [
        ['title', 'A'],
        ['summary', 'B'],
        [stripTags('description_html'), 'C'],
      ])}) STORED,
      ${timestamps},
      CHECK ((price_amount IS NULL) = (price_currency IS NULL)),
      CHECK (status <> 'published' OR published_at IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX courses_title_idx ON courses (title, id) WHERE status = 'published'`.execute(db);
  await sql`CREATE INDEX courses_federation_idx ON courses (federation_id, title, id) WHERE status = 'published'`.execute(
    db,
  );
  await sql`CREATE INDEX courses_format_idx ON courses (format) WHERE status = 'published'`.execute(db);
  await sql`CREATE INDEX courses_audience_idx ON courses USING gin (target_audiences)`.execute(db);
  await sql`CREATE INDEX courses_search_idx ON courses USING gin (search_vector)`.execute(db);
  await linkTable(db, 'course_topics', 'course_id', 'courses', 'topic_id', 'topics');
  await linkTable(db, 'course_open_to', 'course_id', 'courses', 'municipality_id', 'municipalities');
  await linkTable(db, 'course_prerequisites', 'course_id', 'courses', 'prerequisite_id', 'courses');

  await sql`
    CREATE TABLE course_sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL REFERENCES courses (id),
      starts_at timestamptz(3) NOT NULL,
      ends_at timestamptz(3) NOT NULL,
      place_name text,
      address text,
      municipality_id uuid REFERENCES municipalities (id),
      online_url text,
      capacity integer CHECK (capacity IS NULL OR capacity > 0),
      registration_url text,
      registration_deadline timestamptz(3),
      status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
      ${timestamps},
      CHECK (ends_at >= starts_at)
    )`.execute(db);
  await sql`CREATE INDEX course_sessions_course_idx ON course_sessions (course_id, starts_at, id)`.execute(db);
  await sql`CREATE INDEX course_sessions_starts_idx ON course_sessions (starts_at)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
async function createEvents(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      federation_id uuid NOT NULL REFERENCES federations (id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      summary text NOT NULL DEFAULT '',
      description_html text NOT NULL DEFAULT '',
      starts_at timestamptz(3) NOT NULL,
      ends_at timestamptz(3) NOT NULL,
      place_name text,
      address text,
      municipality_id uuid REFERENCES municipalities (id),
      online_url text,
      registration_url text,
      registration_deadline timestamptz(3),
      language text NOT NULL,
      contact_id uuid REFERENCES contacts (id),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled', 'archived')),
      published_at timestamptz(3),
      is_demo boolean NOT NULL DEFAULT false,
      search_vector tsvector GENERATED ALWAYS AS (${weightedVector('language', [
        ['title', 'A'],
        ['summary', 'B'],
        [stripTags('description_html'), 'C'],
      ])}) STORED,
      ${timestamps},
      CHECK (ends_at >= starts_at),
      CHECK (status NOT IN ('published', 'cancelled') OR published_at IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX events_starts_idx ON events (starts_at, id) WHERE status IN ('published', 'cancelled')`.execute(
    db,
  );
  await sql`CREATE INDEX events_federation_idx ON events (federation_id, starts_at, id) WHERE status IN ('published', 'cancelled')`.execute(
    db,
  );
  await sql`CREATE INDEX events_municipality_idx ON events (municipality_id)`.execute(db);
  await sql`CREATE INDEX events_language_idx ON events (language, starts_at, id)`.execute(db);
  await sql`CREATE INDEX events_ends_idx ON events (ends_at)`.execute(db);
  await sql`CREATE INDEX events_search_idx ON events USING gin (search_vector)`.execute(db);
  await linkTable(db, 'event_topics', 'event_id', 'events', 'topic_id', 'topics');
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
async function createInitiatives(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE initiatives (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      federation_id uuid NOT NULL REFERENCES federations (id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      summary text NOT NULL DEFAULT '',
      description_html text NOT NULL DEFAULT '',
      funding text,
      starts_on date,
      ends_on date,
      participant_goal integer CHECK (participant_goal IS NULL OR participant_goal >= 0),
      participants_reached integer CHECK (participants_reached IS NULL OR participants_reached >= 0),
      website text,
      language text NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
      published_at timestamptz(3),
      is_demo boolean NOT NULL DEFAULT false,
      search_vector tsvector GENERATED ALWAYS AS (${weightedVector('language', [
        ['title', 'A'],
        ['summary', 'B'],
        [stripTags('description_html'), 'C'],
      ])}) STORED,
      ${timestamps},
      CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
      CHECK (status <> 'published' OR published_at IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX initiatives_published_idx ON initiatives (published_at DESC, id DESC) WHERE status = 'published'`.execute(
    db,
  );
  await sql`CREATE INDEX initiatives_federation_idx ON initiatives (federation_id)`.execute(db);
  await sql`CREATE INDEX initiatives_search_idx ON initiatives USING gin (search_vector)`.execute(db);
  await linkTable(db, 'initiative_federations', 'initiative_id', 'initiatives', 'federation_id', 'federations');
  await linkTable(db, 'initiative_municipalities', 'initiative_id', 'initiatives', 'municipality_id', 'municipalities');
}

/** A many-to-many table with its reverse index, so filters from either side stay fast. */
async function linkTable(
  // biome-ignore lint/suspicious/noExplicitAny: see up()
  db: Kysely<any>,
  table: string,
  leftColumn: string,
  leftTable: string,
  rightColumn: string,
  rightTable: string,
): Promise<void> {
  await sql`
    CREATE TABLE ${sql.table(table)} (
      ${sql.ref(leftColumn)} uuid NOT NULL REFERENCES ${sql.table(leftTable)} (id) ON DELETE CASCADE,
      ${sql.ref(rightColumn)} uuid NOT NULL REFERENCES ${sql.table(rightTable)} (id),
      PRIMARY KEY (${sql.ref(leftColumn)}, ${sql.ref(rightColumn)})
    )`.execute(db);
  await sql`CREATE INDEX ${sql.raw(`${table}_reverse_idx`)} ON ${sql.table(table)} (${sql.ref(rightColumn)}, ${sql.ref(leftColumn)})`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'initiative_municipalities',
    'initiative_federations',
    'initiatives',
    'event_topics',
    'events',
    'course_sessions',
    'course_prerequisites',
    'course_open_to',
    'course_topics',
    'courses',
    'news_item_municipalities',
    'news_item_topics',
    'news_items',
    'contacts',
    'topics',
    'memberships',
    'municipalities',
    'federations',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`DROP FUNCTION search_config(text)`.execute(db);
  await sql`DROP FUNCTION set_updated_at()`.execute(db);
}
