import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration must never import application code.

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and do not know the app's table types
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL CHECK (email = lower(email) AND position('@' IN email) > 1 AND length(email) <= 254),
      display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
      password_hash text NOT NULL,
      is_platform_admin boolean NOT NULL DEFAULT false,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
      password_changed_at timestamptz(3) NOT NULL DEFAULT now(),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      UNIQUE (email)
    )`.execute(db);
  await sql`CREATE TRIGGER users_updated_at BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION set_updated_at()`.execute(
    db,
  );

  // Only a hash of each token is kept: a leaked table grants nothing.
  await sql`
    CREATE TABLE access_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id),
      kind text NOT NULL CHECK (kind IN ('session', 'personal')),
      name text CHECK (name IS NULL OR length(name) BETWEEN 1 AND 100),
      token_hash text NOT NULL UNIQUE,
      token_hint text NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      expires_at timestamptz(3) NOT NULL,
      last_used_at timestamptz(3),
      revoked_at timestamptz(3),
      CHECK (kind <> 'personal' OR name IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX access_tokens_user_idx ON access_tokens (user_id, kind, created_at DESC)`.execute(db);

  await sql`
    CREATE TABLE federation_roles (
      user_id uuid NOT NULL REFERENCES users (id),
      federation_id uuid NOT NULL REFERENCES federations (id),
      role text NOT NULL CHECK (role IN ('admin', 'publisher', 'editor')),
      granted_by uuid REFERENCES users (id),
      granted_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, federation_id)
    )`.execute(db);
  await sql`CREATE INDEX federation_roles_federation_idx ON federation_roles (federation_id, role)`.execute(db);

  await sql`
    CREATE TABLE audit_log (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      at timestamptz(3) NOT NULL DEFAULT now(),
      actor_id uuid REFERENCES users (id),
      action text NOT NULL,
      subject_type text NOT NULL,
      subject_id uuid,
      federation_id uuid REFERENCES federations (id),
      details jsonb NOT NULL DEFAULT '{}'
    )`.execute(db);
  await sql`CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX audit_log_federation_idx ON audit_log (federation_id, at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['audit_log', 'federation_roles', 'access_tokens', 'users']) {
    await db.schema.dropTable(table).execute();
  }
}
