import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration must never import application code.

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and do not know the app's table types
export async function up(db: Kysely<any>): Promise<void> {
  // Images for news, stored here (bytea) or, when a directory is configured, as files named by id.
  await sql`
    CREATE TABLE uploads (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      federation_id uuid NOT NULL REFERENCES federations (id),
      uploaded_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif')),
      extension text NOT NULL CHECK (extension IN ('jpg', 'png', 'webp', 'gif', 'avif')),
      byte_size integer NOT NULL CHECK (byte_size > 0),
      width integer NOT NULL CHECK (width > 0),
      height integer NOT NULL CHECK (height > 0),
      sha256 text NOT NULL CHECK (length(sha256) = 64),
      storage text NOT NULL CHECK (storage IN ('database', 'directory')),
      content bytea,
      CHECK ((storage = 'database') = (content IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX uploads_federation_idx ON uploads (federation_id, created_at DESC)`.execute(db);

  // Only a hash of each invitation token is kept, like access tokens: a leaked table invites no one.
  await sql`
    CREATE TABLE invitations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      federation_id uuid NOT NULL REFERENCES federations (id),
      email text NOT NULL CHECK (email = lower(email) AND position('@' IN email) > 1 AND length(email) <= 254),
      role text NOT NULL CHECK (role IN ('admin', 'publisher', 'editor')),
      token_hash text NOT NULL UNIQUE,
      invited_by uuid REFERENCES users (id),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      expires_at timestamptz(3) NOT NULL,
      revoked_at timestamptz(3),
      revoked_by uuid REFERENCES users (id),
      accepted_at timestamptz(3),
      accepted_by uuid REFERENCES users (id),
      CHECK (accepted_at IS NULL OR revoked_at IS NULL)
    )`.execute(db);
  await sql`CREATE INDEX invitations_federation_idx ON invitations (federation_id, created_at DESC, id DESC)`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['invitations', 'uploads']) {
    await db.schema.dropTable(table).execute();
  }
}
