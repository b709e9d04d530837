import type { DatabaseHandle } from '@samverka/db/connection';
import * as feedSources from '@samverka/db/migrations/2026-12-01-002-feed-sources';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database.js';

describe('the feed sources migration', () => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase({ reference: false });
  });
  afterAll(() => database.close());

  const columnsOf = async (table: string) =>
    (
      await sql<{ column_name: string }>`SELECT column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = ${table} AND column_name IN ('feed_source_id', 'source_key', 'source_hash', 'source_url')
        ORDER BY column_name`.execute(database.db)
    ).rows.map((row) => row.column_name);

  it('goes down cleanly and up again', async () => {
    expect(await columnsOf('events')).toEqual(['feed_source_id', 'source_hash', 'source_key', 'source_url']);
    await feedSources.down(database.db);
    expect(await columnsOf('events')).toEqual([]);
    // news_items had its source_url before; only the import columns go.
    expect(await columnsOf('news_items')).toEqual(['source_url']);
    await feedSources.up(database.db);
    expect(await columnsOf('news_items')).toEqual(['feed_source_id', 'source_hash', 'source_key', 'source_url']);
  });
});
