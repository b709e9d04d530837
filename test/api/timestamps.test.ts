import type { Database } from '@samverka/db/database';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { queryData } from '../support/graphql.js';

/**
 * Keyset pagination over times that JavaScript cannot tell apart: rows a microsecond or a
 * fraction of a millisecond apart, and rows at exactly the same time. Whatever precision the
 * database keeps, every row must come exactly once, in one order, forwards and backwards.
 */

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

interface Connection {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; slug: string } }>;
  pageInfo: PageInfo;
}

interface PageArgs {
  first?: number;
  last?: number;
  after?: string | null;
  before?: string | null;
}

interface Walk {
  slugs: string[];
  pages: Connection[];
}

type ListName = 'news' | 'events';

const FEDERATION = 'tidsstampel-testforbundet';
const MAX_PAGES = 50;

/** Microseconds after a shared base time; equal offsets give identical times. */
const NEWS_OFFSETS = [0, 1, 1, 2, 500, 999, 999];
const EVENT_OFFSETS = [0, 0, 0, 1, 1, 400, 400];

const newsSlug = (index: number) => `tidsstampel-nyhet-${index}`;
const eventSlug = (index: number) => `tidsstampel-evenemang-${index}`;

const LISTS: Record<ListName, { filter: string; slugs: string[]; column: 'published_at' | 'starts_at' }> = {
  news: { filter: 'NewsFilter', slugs: NEWS_OFFSETS.map((_, index) => newsSlug(index)), column: 'published_at' },
  events: { filter: 'EventFilter', slugs: EVENT_OFFSETS.map((_, index) => eventSlug(index)), column: 'starts_at' },
};

const micros = (offset: number) => sql<Date>`${sql.lit(offset)} * interval '1 microsecond'`;

async function insertRows(db: Kysely<Database>): Promise<void> {
  // One transaction, so now() is the same instant for every row and equal offsets give equal times.
  await db.transaction().execute(async (trx) => {
    const { id: federationId } = await trx
      .insertInto('federations')
      .values({
        slug: FEDERATION,
        name: 'Tidsstämpelns testförbund',
        kind: 'network',
        country: 'SE',
        region_county_codes: [],
        description: 'Finns bara i testerna av sidindelning.',
        social_links: '[]',
        time_zone: 'Europe/Stockholm',
        default_language: 'sv',
        is_demo: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    for (const [index, offset] of NEWS_OFFSETS.entries()) {
      await trx
        .insertInto('news_items')
        .values({
          slug: newsSlug(index),
          federation_id: federationId,
          title: `Nyhet nummer ${index}`,
          summary: 'Publicerad nästan samtidigt som de andra.',
          body_html: '<p>Samma timme, samma millisekund.</p>',
          images: '[]',
          language: 'sv',
          status: 'published',
          published_at: sql<Date>`date_trunc('milliseconds', now()) - interval '1 hour' + ${micros(offset)}`,
        })
        .execute();
    }

    for (const [index, offset] of EVENT_OFFSETS.entries()) {
      await trx
        .insertInto('events')
        .values({
          slug: eventSlug(index),
          federation_id: federationId,
          title: `Evenemang nummer ${index}`,
          summary: 'Börjar samtidigt som de andra.',
          description_html: '<p>Samma starttid.</p>',
          starts_at: sql<Date>`date_trunc('milliseconds', now()) + interval '30 days' + ${micros(offset)}`,
          ends_at: sql<Date>`date_trunc('milliseconds', now()) + interval '30 days' + interval '2 hours'`,
          language: 'sv',
          status: 'published',
          published_at: sql<Date>`now() - interval '1 day'`,
        })
        .execute();
    }
  });
}

describe('pagination over times a fraction of a millisecond apart or equal', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
    await insertRows(testApp.database.db);
  });
  afterAll(() => testApp.close());

  async function fetchPage(list: ListName, args: PageArgs): Promise<Connection> {
    const data = await queryData<Record<ListName, Connection>>(
      testApp.app,
      `query ($first: Int, $last: Int, $after: String, $before: String, $filter: ${LISTS[list].filter}) {
        ${list}(first: $first, last: $last, after: $after, before: $before, filter: $filter) {
          totalCount
          edges { cursor node { id slug } }
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        }
      }`,
      { ...args, filter: { federations: [FEDERATION] } },
    );
    return data[list];
  }

  async function walkForwards(list: ListName, first: number): Promise<Walk> {
    const pages: Connection[] = [];
    let after: string | null = null;
    for (let count = 0; count < MAX_PAGES; count++) {
      const page = await fetchPage(list, { first, after });
      pages.push(page);
      if (!page.pageInfo.hasNextPage) return { slugs: pages.flatMap((p) => p.edges.map((e) => e.node.slug)), pages };
      after = page.pageInfo.endCursor;
    }
    throw new Error(`${list}: still more pages after ${MAX_PAGES}`);
  }

  async function walkBackwards(list: ListName, last: number): Promise<Walk> {
    const pages: Connection[] = [];
    let before: string | null = null;
    for (let count = 0; count < MAX_PAGES; count++) {
      const page = await fetchPage(list, { last, before });
      pages.unshift(page);
      if (!page.pageInfo.hasPreviousPage) {
        return { slugs: pages.flatMap((p) => p.edges.map((e) => e.node.slug)), pages };
      }
      before = page.pageInfo.startCursor;
    }
    throw new Error(`${list}: still more pages after ${MAX_PAGES}`);
  }

  /** The stored times at full precision, as sortable UTC text, by slug. */
  async function storedTimes(list: ListName): Promise<Map<string, string>> {
    const { column } = LISTS[list];
    const table = list === 'news' ? 'news_items' : 'events';
    const result = await sql<{ slug: string; stored: string }>`
      SELECT slug, to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS stored
      FROM ${sql.table(table)} WHERE slug IN (${sql.join(LISTS[list].slugs)})`.execute(testApp.database.db);
    return new Map(result.rows.map((row) => [row.slug, row.stored]));
  }

  function expectEachOnce(walk: Walk, list: ListName): void {
    const expected = LISTS[list].slugs;
    expect(new Set(walk.slugs).size, walk.slugs.join(', ')).toBe(walk.slugs.length);
    expect([...walk.slugs].sort()).toEqual([...expected].sort());
    for (const page of walk.pages) expect(page.totalCount).toBe(walk.slugs.length);
  }

  describe.each<ListName>(['news', 'events'])('%s of one federation', (list) => {
    it('stores times that are equal, or apart by less than a millisecond', async () => {
      const times = [...(await storedTimes(list)).values()];
      expect(times).toHaveLength(LISTS[list].slugs.length);
      expect(new Set(times).size).toBeLessThan(times.length);
      const milliseconds = new Set(times.map((time) => time.slice(0, -3)));
      expect(milliseconds.size).toBeLessThan(times.length);
    });

    it('gives every row in one page, counted', async () => {
      const page = await fetchPage(list, { first: 50 });
      expect(page.pageInfo.hasNextPage).toBe(false);
      expect(page.totalCount).toBe(LISTS[list].slugs.length);
      expectEachOnce({ slugs: page.edges.map((edge) => edge.node.slug), pages: [page] }, list);
    });

    it.each([2, 1, 3])('pages forwards with first: %i, every row exactly once, in the one-page order', async (size) => {
      const whole = (await fetchPage(list, { first: 50 })).edges.map((edge) => edge.node.slug);
      const walk = await walkForwards(list, size);
      expectEachOnce(walk, list);
      expect(walk.slugs).toEqual(whole);
      expect(walk.slugs).toHaveLength(walk.pages[0]?.totalCount ?? -1);
      for (const page of walk.pages.slice(0, -1)) expect(page.edges).toHaveLength(size);
    });

    it.each([2, 1, 3])('pages backwards with last: %i, every row exactly once, in the forwards order', async (size) => {
      const forwards = await walkForwards(list, size);
      const backwards = await walkBackwards(list, size);
      expectEachOnce(backwards, list);
      expect(backwards.slugs).toEqual(forwards.slugs);
      expect(backwards.slugs).toHaveLength(backwards.pages[0]?.totalCount ?? -1);
      for (const page of backwards.pages.slice(1)) expect(page.edges).toHaveLength(size);
    });

    it(`orders by the stored time, microseconds included (${list === 'news' ? 'newest' : 'soonest'} first)`, async () => {
      const times = await storedTimes(list);
      const walk = await walkForwards(list, 2);
      const ordered = walk.slugs.map((slug) => times.get(slug) ?? '');
      const sorted = [...ordered].sort();
      expect(ordered).toEqual(list === 'news' ? sorted.reverse() : sorted);
    });
  });
});
