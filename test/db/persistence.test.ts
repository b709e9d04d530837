import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@samverka/db/connection';
import { migrateToLatest } from '@samverka/db/migrate';
import { seedReferenceData } from '@samverka/db/seed/reference';
import { afterAll, describe, expect, it } from 'vitest';

// The embedded database of `npm start`: in a folder that does not exist yet on a fresh clone.
describe.skipIf(Boolean(process.env.DATABASE_URL))('PGlite in a data directory', () => {
  let root: string | undefined;
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('creates the missing folders, and keeps its data across a restart', async () => {
    root = await mkdtemp(join(tmpdir(), 'samverka-'));
    const dataDir = join(root, '.data', 'pglite');
    const first = await openDatabase({ dataDir });
    await migrateToLatest(first.db);
    await seedReferenceData(first.db);
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      expect(await migrateToLatest(second.db)).toEqual([]);
      const count = await second.db
        .selectFrom('municipalities')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      expect(Number(count.count)).toBe(647);
    } finally {
      await second.close();
    }
  });
});
