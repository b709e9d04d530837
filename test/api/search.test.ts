import { demoData } from '@samverka/db/seed/demo/index';
import type { DemoNewsItem } from '@samverka/db/seed/demo/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { query, queryData } from '../support/graphql.js';

type SearchHit =
  | { __typename: 'NewsItem'; id: string; slug: string; title: string; publisher: { slug: string } }
  | { __typename: 'Course'; id: string; slug: string; provider: { slug: string } }
  | { __typename: 'Event'; id: string; slug: string; organiser: { slug: string } }
  | { __typename: 'Initiative'; id: string; slug: string; lead: { slug: string } }
  | { __typename: 'Contact'; id: string; name: string; federation: { slug: string } | null }
  | { __typename: 'Federation'; id: string; slug: string; name: string }
  | { __typename: 'Municipality'; id: string; code: string; country: string; name: string };

interface SearchConnection {
  totalCount: number;
  edges: Array<{ cursor: string; node: SearchHit }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const SEARCH = `query ($query: String!, $first: Int, $after: String) {
  search(query: $query, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        __typename
        ... on Node { id }
        ... on NewsItem { slug title publisher { slug } }
        ... on Course { slug provider { slug } }
        ... on Event { slug organiser { slug } }
        ... on Initiative { slug lead { slug } }
        ... on Contact { name federation { slug } }
        ... on Federation { slug name }
        ... on Municipality { code country name }
      }
    }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const publicNews = demoData.news.filter(
  (item) => item.status === 'published' && item.publishedAt && Date.parse(item.publishedAt) <= Date.now(),
);

const plainText = (item: DemoNewsItem) =>
  `${item.title} ${item.summary} ${item.bodyHtml.replace(/<[^>]*>/g, ' ')}`.toLowerCase();

function demoItem(slug: string): DemoNewsItem {
  const item = demoData.news.find((candidate) => candidate.slug === slug);
  if (!item) throw new Error(`No demo news item ${slug}`);
  return item;
}

type NewsHit = Extract<SearchHit, { __typename: 'NewsItem' }>;
const isNews = (hit: SearchHit): hit is NewsHit => hit.__typename === 'NewsItem';

/** The federation a hit belongs to, whatever its type. */
function ownerOf(hit: SearchHit): string | null {
  switch (hit.__typename) {
    case 'NewsItem':
      return hit.publisher.slug;
    case 'Course':
      return hit.provider.slug;
    case 'Event':
      return hit.organiser.slug;
    case 'Initiative':
      return hit.lead.slug;
    case 'Contact':
      return hit.federation?.slug ?? null;
    case 'Federation':
      return hit.slug;
    case 'Municipality':
      return null;
  }
}

describe('search API', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  async function search(text: string, first = 100, after?: string | null): Promise<SearchConnection> {
    const data = await queryData<{ search: SearchConnection }>(testApp.app, SEARCH, { query: text, first, after });
    return data.search;
  }

  const hitsOf = (connection: SearchConnection) => connection.edges.map((edge) => edge.node);

  describe('ranked results', () => {
    it('finds news for "kommuner", the top hit being a news item about kommuner', async () => {
      const results = await search('kommuner');
      const hits = hitsOf(results);
      expect(hits.length).toBeGreaterThan(0);
      expect(results.totalCount).toBe(hits.length);

      const top = hits[0];
      if (!top || !isNews(top)) throw new Error(`top hit is not a news item: ${JSON.stringify(top)}`);
      expect(plainText(demoItem(top.slug))).toContain('kommun');
      expect(top.title.toLowerCase()).toContain('kommun');

      const news = hits.filter(isNews);
      expect(news.length).toBeGreaterThan(0);
      for (const hit of news) {
        expect(publicNews.map((item) => item.slug)).toContain(hit.slug);
        expect(plainText(demoItem(hit.slug))).toContain('kommun');
      }
    });

    it('finds an item that only says "kommun" when searching for "kommuner"', async () => {
      const onlySingular = publicNews.filter(
        (item) => /(^|[^\p{L}])kommun([^\p{L}]|$)/u.test(plainText(item)) && !plainText(item).includes('kommuner'),
      );
      expect(onlySingular.length).toBeGreaterThan(0);
      const slugs = hitsOf(await search('kommuner'))
        .filter(isNews)
        .map((hit) => hit.slug);
      for (const item of onlySingular) expect(slugs, item.slug).toContain(item.slug);
    });

    it('ranks news with the word in the title above news that has it only in the text', async () => {
      const news = hitsOf(await search('kommuner')).filter(isNews);
      const inTitle = news.filter((hit) => hit.title.toLowerCase().includes('kommun'));
      const onlyInBody = news.filter((hit) => {
        const item = demoItem(hit.slug);
        return !`${item.title} ${item.summary}`.toLowerCase().includes('kommun');
      });
      expect(inTitle.length).toBeGreaterThan(0);
      expect(onlyInBody.length).toBeGreaterThan(0);
      const lastTitleHit = Math.max(...inTitle.map((hit) => news.indexOf(hit)));
      const firstBodyHit = Math.min(...onlyInBody.map((hit) => news.indexOf(hit)));
      expect(lastTitleHit).toBeLessThan(firstBodyHit);
    });

    it('finds the municipality Lomma by its name', async () => {
      const hits = hitsOf(await search('Lomma'));
      expect(hits).toContainEqual(expect.objectContaining({ __typename: 'Municipality', code: '1262', name: 'Lomma' }));
      expect(hits).toContainEqual(
        expect.objectContaining({ __typename: 'NewsItem', slug: 'lomma-kommun-ansluter-till-vo-college-skane' }),
      );
    });

    it('finds the federation Akademi Norr by its name', async () => {
      const hits = hitsOf(await search('Akademi Norr'));
      expect(hits).toContainEqual(
        expect.objectContaining({ __typename: 'Federation', slug: 'akademi-norr', name: 'Akademi Norr' }),
      );
    });

    it('finds Verdighetsenteret content for the Norwegian word "frivillige"', async () => {
      const hits = hitsOf(await search('frivillige'));
      expect(hits.length).toBeGreaterThan(0);
      // Only Verdighetsenteret writes about volunteers in the demo data.
      for (const hit of hits) expect(ownerOf(hit), JSON.stringify(hit)).toBe('verdighetsenteret');
      const expectedNews = publicNews
        .filter((item) => item.language === 'nb' && plainText(item).includes('frivillige'))
        .map((item) => item.slug)
        .sort();
      expect(expectedNews.length).toBeGreaterThan(0);
      expect(
        hits
          .filter(isNews)
          .map((hit) => hit.slug)
          .sort(),
      ).toEqual(expectedNews);
    });

    it('never finds drafts or archived news', async () => {
      const hidden = new Set(demoData.news.filter((item) => !publicNews.includes(item)).map((item) => item.slug));
      for (const text of ['trygghetskameror', 'enkät', 'HälsoAgenter', 'samspillsmodellen']) {
        const news = hitsOf(await search(text)).filter(isNews);
        for (const hit of news) expect(hidden.has(hit.slug), `${text}: ${hit.slug}`).toBe(false);
      }
    });

    it('finds nothing for a word nothing contains', async () => {
      const results = await search('xylofonorkester');
      expect(results).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
    });
  });

  describe('bad input', () => {
    it('rejects an empty or blank query as bad input on "query"', async () => {
      for (const text of ['', '   ']) {
        const result = await query<{ search: SearchConnection }>(testApp.app, SEARCH, { query: text });
        expect(result.data?.search ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions, JSON.stringify(text)).toMatchObject({
          code: 'BAD_USER_INPUT',
          argument: 'query',
        });
      }
    });
  });

  describe('pagination', () => {
    it('pages through "kommuner" two hits at a time without duplicates, in ranked order', async () => {
      const all = await search('kommuner', 100);
      expect(all.pageInfo.hasNextPage).toBe(false);
      expect(all.totalCount).toBeGreaterThan(4);

      const walked: SearchHit[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 100; pages++) {
        const page = await search('kommuner', 2, after);
        expect(page.edges.length).toBeLessThanOrEqual(2);
        expect(page.totalCount).toBe(all.totalCount);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        walked.push(...hitsOf(page));
        if (!page.pageInfo.hasNextPage) break;
        expect(page.edges).toHaveLength(2);
        after = page.pageInfo.endCursor;
      }
      const ids = walked.map((hit) => hit.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(all.totalCount);
      expect(ids).toEqual(hitsOf(all).map((hit) => hit.id));
    });

    it('pages backwards through "kommuner" with last: 2 and before, giving the forwards order', async () => {
      const all = await search('kommuner', 100);
      const pages: SearchHit[][] = [];
      let before: string | null = null;
      for (let count = 0; count < 100; count++) {
        const data: { search: SearchConnection } = await queryData<{ search: SearchConnection }>(
          testApp.app,
          `query ($query: String!, $last: Int, $before: String) {
            search(query: $query, last: $last, before: $before) {
              totalCount
              edges { cursor node { __typename ... on Node { id } } }
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            }
          }`,
          { query: 'kommuner', last: 2, before },
        );
        pages.unshift(hitsOf(data.search));
        expect(data.search.totalCount).toBe(all.totalCount);
        if (!data.search.pageInfo.hasPreviousPage) break;
        before = data.search.pageInfo.startCursor;
      }
      expect(pages.flat().map((hit) => hit.id)).toEqual(hitsOf(all).map((hit) => hit.id));
    });

    it('pages through a query whose hits share a rank without duplicates', async () => {
      // Names match with one shared rank, so the order among them rests on the tie-breaker alone.
      const all = await search('la', 100);
      expect(all.pageInfo.hasNextPage).toBe(false);
      const municipalities = hitsOf(all).filter((hit) => hit.__typename === 'Municipality');
      expect(municipalities.length).toBeGreaterThan(4);

      const walked: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 100; pages++) {
        const page = await search('la', 2, after);
        walked.push(...hitsOf(page).map((hit) => hit.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(new Set(walked).size).toBe(walked.length);
      expect(walked).toEqual(hitsOf(all).map((hit) => hit.id));
    });
  });
});
