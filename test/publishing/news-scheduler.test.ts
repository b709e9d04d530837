import type { DatabaseHandle } from '@samverka/db/connection';
import { buildApp } from '@samverka/server/app';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database.js';

describe('scheduled publishing in the running server', () => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase({ demo: true });
  });
  afterAll(() => database.close());

  it('publishes, as it starts, what came due while it was down, and later what falls due', async () => {
    const federation = await database.db
      .selectFrom('federations')
      .select('id')
      .where('slug', '=', 'akademi-norr')
      .executeTakeFirstOrThrow();
    const schedule = (slug: string, at: Date) =>
      database.db
        .insertInto('news_items')
        .values({
          slug,
          federation_id: federation.id,
          title: slug,
          summary: '',
          body_html: '',
          images: '[]',
          language: 'sv',
          status: 'scheduled',
          scheduled_for: at,
          published_at: null,
        })
        .execute();
    await schedule('missad-under-omstart', new Date(Date.now() - 60_000));
    await schedule('om-en-stund', new Date(Date.now() + 300));

    const app = await buildApp({ db: database.db, logger: pino({ level: 'silent' }), publishIntervalMs: 100 });
    try {
      await app.ready();
      const statusOf = async (slug: string) =>
        (await database.db.selectFrom('news_items').select('status').where('slug', '=', slug).executeTakeFirstOrThrow())
          .status;
      await expect.poll(() => statusOf('missad-under-omstart'), { timeout: 5_000 }).toBe('published');
      await expect.poll(() => statusOf('om-en-stund'), { timeout: 5_000 }).toBe('published');
    } finally {
      await app.close();
    }
  });
});
