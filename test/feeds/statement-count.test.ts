import { seedBulkNews } from '@samverka/db/seed/bulk-news';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

describe('SQL statements per feed request (the N+1 guard)', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    await seedBulkNews(test.database.db, 300);
  });
  afterAll(() => test.close());

  async function statementsFor(url: string): Promise<number> {
    const before = test.database.statements.count;
    const response = await test.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    return test.database.statements.count - before;
  }

  it.each([
    ['/feeds/news.rss', 2],
    ['/feeds/federations/goteborgsregionen/news.atom', 3],
    ['/feeds/topics/aldreomsorg/news.json', 3],
  ])('%s costs at most %i statements, for 1 item as for 100', async (url, most) => {
    const one = await statementsFor(`${url}?limit=1`);
    const hundred = await statementsFor(`${url}?limit=100`);
    expect(hundred).toBe(one);
    expect(hundred).toBeLessThanOrEqual(most);
  });

  it.each([
    ['/calendar/events.ics', 3],
    ['/calendar/federations/vo-college-skane.ics', 4],
  ])('%s costs at most %i statements, for 1 entry as for 100', async (url, most) => {
    const one = await statementsFor(`${url}?limit=1`);
    const hundred = await statementsFor(`${url}?limit=100`);
    expect(hundred).toBe(one);
    expect(hundred).toBeLessThanOrEqual(most);
  });
});
