import type { DatabaseHandle } from '@samverka/db/connection';
import { down, up } from '@samverka/db/migrations/2026-12-01-001-content-revisions';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database.js';

describe('content revisions migration', () => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase({ demo: true });
  });
  afterAll(() => database.close());

  it('starts the history of every course, event and contact written before it, and can be undone', async () => {
    const db = database.db;
    await down(db);
    await up(db);
    const count = async (table: string) =>
      Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]?.n);
    const kinds: Array<[string, string]> = [
      ['courses', 'course_revisions'],
      ['events', 'event_revisions'],
      ['contacts', 'contact_revisions'],
    ];
    for (const [table, history] of kinds) {
      expect(await count(table)).toBeGreaterThan(0);
      expect(await count(history)).toBe(await count(table));
    }
    const course = await db
      .selectFrom('courses as c')
      .innerJoin('course_revisions as r', 'r.course_id', 'c.id')
      .select([
        'c.title',
        'c.status',
        'r.revision',
        'r.change',
        'r.status as revision_status',
        'r.snapshot',
        'r.author_id',
      ])
      .where('c.slug', '=', 'ambassadorsutbildning-modul-1')
      .executeTakeFirstOrThrow();
    expect(course).toMatchObject({ revision: 1, change: 'created', author_id: null });
    expect(course.revision_status).toBe(course.status);
    const sessions = await db
      .selectFrom('course_sessions as s')
      .innerJoin('courses as c', 'c.id', 's.course_id')
      .select('s.id')
      .where('c.slug', '=', 'ambassadorsutbildning-modul-1')
      .execute();
    expect(course.snapshot).toMatchObject({ title: course.title, sessions: expect.any(Array) });
    expect((course.snapshot.sessions as unknown[]).length).toBe(sessions.length);
  });
});
