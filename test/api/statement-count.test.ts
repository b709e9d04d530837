import { seedBulkNews } from '@samverka/db/seed/bulk-news';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { queryData } from '../support/graphql.js';

// The query a news widget sends: the newest items of a federation with their relations.
const WIDGET_QUERY = `query Widget($first: Int!) {
  news(first: $first, filter: { federations: ["goteborgsregionen"] }) {
    totalCount
    edges { node { title summary publishedAt publisher { name slug } topics { slug name } municipalities { code name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface WidgetData {
  news: { totalCount: number; edges: Array<{ node: { topics: unknown[]; municipalities: unknown[] } }> };
}

describe('SQL statements per request (the N+1 guard)', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    await seedBulkNews(test.database.db, 300);
  });
  afterAll(() => test.close());

  async function statementsFor(first: number): Promise<{ statements: number; data: WidgetData }> {
    const before = test.database.statements.count;
    const data = await queryData<WidgetData>(test.app, WIDGET_QUERY, { first });
    return { statements: test.database.statements.count - before, data };
  }

  it('is the same for 1 item and for 50, and at most 3', async () => {
    const one = await statementsFor(1);
    const fifty = await statementsFor(50);
    expect(one.data.news.edges).toHaveLength(1);
    expect(fifty.data.news.edges).toHaveLength(50);
    expect(fifty.data.news.edges.every((edge) => edge.node.topics.length > 0)).toBe(true);
    expect(fifty.data.news.edges.every((edge) => edge.node.municipalities.length > 0)).toBe(true);
    expect(fifty.statements).toBe(one.statements);
    expect(fifty.statements).toBeLessThanOrEqual(3);
  });

  it('does not grow with nested relations of many courses either', async () => {
    const courses = `query Courses($first: Int!) {
      courses(first: $first) { edges { node { title provider { name } topics { slug } sessions { startsAt municipality { name } } prerequisites { title } openTo { code } } } }
    }`;
    const count = async (first: number) => {
      const before = test.database.statements.count;
      await queryData(test.app, courses, { first });
      return test.database.statements.count - before;
    };
    // One statement per relation kind, however many courses: page, provider, sessions, their
    // municipalities, prerequisite links and courses, open-to links and municipalities. Loads of
    // one kind that become ready in different ticks may split a batch, hence a bound, not a number.
    const relationKinds = 8;
    expect(await count(2)).toBeLessThanOrEqual(relationKinds);
    expect(await count(50)).toBeLessThanOrEqual(relationKinds);
  });
});
