import type { DatabaseHandle } from '@samverka/db/connection';
import * as migration from '@samverka/db/migrations/2026-12-01-004-uploads-invitations';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database.js';

async function tables(database: DatabaseHandle): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_name IN ('uploads', 'invitations') ORDER BY table_name`.execute(
    database.db,
  );
  return result.rows.map((row) => row.table_name);
}

describe('migration 2026-12-01-004: uploads and invitations', () => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase({ reference: false });
  });
  afterAll(() => database.close());

  it('goes down and up again cleanly', async () => {
    expect(await tables(database)).toEqual(['invitations', 'uploads']);
    await migration.down(database.db);
    expect(await tables(database)).toEqual([]);
    await migration.up(database.db);
    expect(await tables(database)).toEqual(['invitations', 'uploads']);
  });

  it('refuses an upload row whose storage and bytes disagree, and an unknown type', async () => {
    const insert = (values: string) =>
      sql`INSERT INTO uploads (federation_id, uploaded_by, media_type, extension, byte_size, width, height, sha256, storage, content)
          VALUES (gen_random_uuid(), gen_random_uuid(), ${sql.raw(values)})`.execute(database.db);
    const sha = `'${'a'.repeat(64)}'`;
    await expect(insert(`'image/png', 'png', 1, 1, 1, ${sha}, 'database', NULL`)).rejects.toThrow(/check/i);
    await expect(insert(`'image/svg+xml', 'png', 1, 1, 1, ${sha}, 'directory', NULL`)).rejects.toThrow(/check/i);
  });
});
