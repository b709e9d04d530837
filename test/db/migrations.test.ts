import type { DatabaseHandle } from '@samverka/db/connection';
import { migrateToLatest } from '@samverka/db/migrate';
import { demoData } from '@samverka/db/seed/demo/index';
import { seedDemoData } from '@samverka/db/seed/demo/seed';
import { seedReferenceData } from '@samverka/db/seed/reference';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database.js';

const TABLES = [
  'access_tokens',
  'audit_log',
  'contacts',
  'course_open_to',
  'course_prerequisites',
  'course_sessions',
  'course_topics',
  'courses',
  'event_topics',
  'events',
  'federation_roles',
  'federations',
  'initiative_federations',
  'initiative_municipalities',
  'initiatives',
  'invitations',
  'memberships',
  'municipalities',
  'news_item_municipalities',
  'news_item_topics',
  'news_items',
  'news_revisions',
  'topics',
  'uploads',
  'users',
];

describe('migrations and seed data', () => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterAll(() => database.close());

  it('creates every table on an empty database, and a second run applies nothing', async () => {
    expect(await migrateToLatest(database.db)).toEqual([
      '2026-11-23-001-core-tables',
      '2026-11-23-002-accounts',
      '2026-11-23-003-news-revisions',
      '2026-12-01-004-uploads-invitations',
    ]);
    const tables = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_name NOT LIKE 'kysely_%' ORDER BY table_name`.execute(database.db);
    expect(tables.rows.map((row) => row.table_name)).toEqual(TABLES);
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it('loads all 290 Swedish and 357 Norwegian municipalities with their counties, idempotently', async () => {
    expect(await seedReferenceData(database.db)).toBe(647);
    await seedReferenceData(database.db);
    const counts = await database.db
      .selectFrom('municipalities')
      .select(['country', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('country')
      .orderBy('country')
      .execute();
    expect(counts.map((row) => [row.country, Number(row.count)])).toEqual([
      ['NO', 357],
      ['SE', 290],
    ]);
    const lomma = await database.db
      .selectFrom('municipalities')
      .selectAll()
      .where('country', '=', 'SE')
      .where('code', '=', '1262')
      .executeTakeFirstOrThrow();
    expect(lomma).toMatchObject({ name: 'Lomma', county_code: '12', county_name: 'Skåne län' });
    const kautokeino = await database.db
      .selectFrom('municipalities')
      .select(['name', 'official_name', 'county_name'])
      .where('country', '=', 'NO')
      .where('code', '=', '5612')
      .executeTakeFirstOrThrow();
    expect(kautokeino.official_name).toContain('Guovdageaidnu');
  });

  it('seeds the demo data twice without duplicating anything', async () => {
    await seedDemoData(database.db, demoData);
    const countAll = async () =>
      Object.fromEntries(
        await Promise.all(
          TABLES.map(async (table) => {
            const result = await sql<{ count: number }>`SELECT count(*)::int AS count FROM ${sql.table(table)}`.execute(
              database.db,
            );
            return [table, result.rows[0]?.count] as const;
          }),
        ),
      );
    const first = await countAll();
    await seedDemoData(database.db, demoData);
    expect(await countAll()).toEqual(first);
    expect(first.news_items).toBe(demoData.news.length);
    expect(first.federations).toBe(demoData.federations.length);
  });

  it('indexes each item in its own language so inflected Swedish and Norwegian words match', async () => {
    const swedish = await sql<{ matches: boolean }>`
      SELECT to_tsvector(search_config('sv'), 'Lomma kommun går med') @@ websearch_to_tsquery('swedish', 'kommuner') AS matches`.execute(
      database.db,
    );
    const norwegian = await sql<{ matches: boolean }>`
      SELECT to_tsvector(search_config('nb'), 'kommunene samarbeider') @@ websearch_to_tsquery('norwegian', 'kommune') AS matches`.execute(
      database.db,
    );
    expect(swedish.rows[0]?.matches).toBe(true);
    expect(norwegian.rows[0]?.matches).toBe(true);
  });
});
