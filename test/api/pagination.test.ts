import { readFile } from 'node:fs/promises';
import { demoData } from '@samverka/db/seed/demo/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { type GraphqlError, query, queryData } from '../support/graphql.js';

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

interface Connection<Node> {
  totalCount: number;
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: PageInfo;
}

interface MunicipalityNode {
  id: string;
  code: string;
  name: string;
}

interface NewsNode {
  id: string;
  slug: string;
  publishedAt: string;
}

interface PageArgs {
  first?: number;
  last?: number;
  after?: string | null;
  before?: string | null;
}

type Fetch<Node> = (args: PageArgs) => Promise<Connection<Node>>;

interface Walk<Node> {
  nodes: Node[];
  pages: Array<Connection<Node>>;
}

const MAX_PAGES = 100;

/** Follows endCursor with `first` until hasNextPage is false. */
async function walkForwards<Node>(fetch: Fetch<Node>, first: number): Promise<Walk<Node>> {
  const pages: Array<Connection<Node>> = [];
  let after: string | null = null;
  for (let count = 0; count < MAX_PAGES; count++) {
    const page = await fetch({ first, after });
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return { nodes: pages.flatMap((p) => p.edges.map((edge) => edge.node)), pages };
    after = page.pageInfo.endCursor;
  }
  throw new Error(`still more pages after ${MAX_PAGES}`);
}

/** Follows startCursor with `last` until hasPreviousPage is false; nodes come out in list order. */
async function walkBackwards<Node>(fetch: Fetch<Node>, last: number): Promise<Walk<Node>> {
  const pages: Array<Connection<Node>> = [];
  let before: string | null = null;
  for (let count = 0; count < MAX_PAGES; count++) {
    const page = await fetch({ last, before });
    pages.unshift(page);
    if (!page.pageInfo.hasPreviousPage) return { nodes: pages.flatMap((p) => p.edges.map((edge) => edge.node)), pages };
    before = page.pageInfo.startCursor;
  }
  throw new Error(`still more pages after ${MAX_PAGES}`);
}

/** Page sizes a list of `total` items splits into, in list order. */
function pageSizes(total: number, size: number, fromEnd: boolean): number[] {
  const sizes = Array.from({ length: Math.floor(total / size) }, () => size);
  const rest = total % size;
  if (rest > 0) {
    if (fromEnd) sizes.unshift(rest);
    else sizes.push(rest);
  }
  return sizes;
}

/** Every page's cursors point at its own first and last edges. */
function expectConsistentCursors<Node>(pages: Array<Connection<Node>>): void {
  for (const page of pages) {
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
  }
}

async function swedishMunicipalityCodes(): Promise<string[]> {
  const csv = await readFile(new URL('../../db/reference-data/se-municipalities.csv', import.meta.url), 'utf8');
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]?.trim() ?? '')
    .sort();
}

const publishedDemoSlugs = demoData.news
  .filter((item) => item.status === 'published' && item.publishedAt && Date.parse(item.publishedAt) <= Date.now())
  .sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? ''))
  .map((item) => item.slug);

describe('cursor pagination', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  const MUNICIPALITIES = `query ($first: Int, $last: Int, $after: String, $before: String) {
    municipalities(first: $first, last: $last, after: $after, before: $before, filter: { country: SE }) {
      totalCount
      edges { cursor node { id code name } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

  const NEWS = `query ($first: Int, $last: Int, $after: String, $before: String) {
    news(first: $first, last: $last, after: $after, before: $before) {
      totalCount
      edges { cursor node { id slug publishedAt } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

  const municipalities: Fetch<MunicipalityNode> = async (args) =>
    (await queryData<{ municipalities: Connection<MunicipalityNode> }>(testApp.app, MUNICIPALITIES, { ...args }))
      .municipalities;

  const news: Fetch<NewsNode> = async (args) =>
    (await queryData<{ news: Connection<NewsNode> }>(testApp.app, NEWS, { ...args })).news;

  describe('municipalities(filter: { country: SE })', () => {
    it('walks forwards with first: 37 through all 290 Swedish municipalities, without duplicates or gaps', async () => {
      const { nodes, pages } = await walkForwards(municipalities, 37);
      const codes = nodes.map((node) => node.code);
      expect(codes).toHaveLength(290);
      expect(new Set(codes).size).toBe(290);
      expect([...codes].sort()).toEqual(await swedishMunicipalityCodes());
      expect(pages.map((page) => page.edges.length)).toEqual(pageSizes(290, 37, false));
      expect(pages.every((page) => page.totalCount === 290)).toBe(true);
      expect(pages[0]?.pageInfo.hasPreviousPage).toBe(false);
      expect(pages.slice(1).every((page) => page.pageInfo.hasPreviousPage)).toBe(true);
      expect(pages.slice(0, -1).every((page) => page.pageInfo.hasNextPage)).toBe(true);
      expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
      expectConsistentCursors(pages);
    });

    it('walks forwards in the same order as pages of 100', async () => {
      const small = await walkForwards(municipalities, 37);
      const large = await walkForwards(municipalities, 100);
      expect(large.pages).toHaveLength(3);
      expect(large.nodes.map((node) => node.id)).toEqual(small.nodes.map((node) => node.id));
    });

    it('walks backwards with last: 37 and before, giving the forwards order', async () => {
      const forwards = await walkForwards(municipalities, 37);
      const backwards = await walkBackwards(municipalities, 37);
      expect(backwards.nodes.map((node) => node.id)).toEqual(forwards.nodes.map((node) => node.id));
      expect(new Set(backwards.nodes.map((node) => node.code)).size).toBe(290);
      expect(backwards.pages.map((page) => page.edges.length)).toEqual(pageSizes(290, 37, true));
      // pages[] is in list order: the last page fetched is the first of the list.
      expect(backwards.pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
      expect(backwards.pages[0]?.pageInfo.hasPreviousPage).toBe(false);
      expect(backwards.pages.slice(1).every((page) => page.pageInfo.hasPreviousPage)).toBe(true);
      expect(backwards.pages.every((page) => page.totalCount === 290)).toBe(true);
      expectConsistentCursors(backwards.pages);
    });

    it('returns the same edge cursors whichever way a node is reached', async () => {
      const forwards = await walkForwards(municipalities, 37);
      const backwards = await walkBackwards(municipalities, 37);
      const cursors = (walk: Walk<MunicipalityNode>) => walk.pages.flatMap((page) => page.edges.map((e) => e.cursor));
      expect(cursors(backwards)).toEqual(cursors(forwards));
    });

    it('pages on from any edge cursor, not only from endCursor', async () => {
      const first = await municipalities({ first: 37 });
      const middle = first.edges[10];
      const next = await municipalities({ first: 5, after: middle?.cursor });
      expect(next.edges.map((edge) => edge.node.id)).toEqual(first.edges.slice(11, 16).map((edge) => edge.node.id));
      const previous = await municipalities({ last: 5, before: middle?.cursor });
      expect(previous.edges.map((edge) => edge.node.id)).toEqual(first.edges.slice(5, 10).map((edge) => edge.node.id));
    });

    it('answers a page of first: 0 with no edges, the total count and null cursors', async () => {
      const result = await query<{ municipalities: Connection<MunicipalityNode> }>(testApp.app, MUNICIPALITIES, {
        first: 0,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.municipalities).toMatchObject({
        totalCount: 290,
        edges: [],
        pageInfo: { startCursor: null, endCursor: null, hasPreviousPage: false, hasNextPage: true },
      });
    });

    it('rejects page sizes below 0 or above 100, and first together with last, as bad input', async () => {
      const cases: Array<[PageArgs, string]> = [
        [{ first: -1 }, 'first'],
        [{ first: 101 }, 'first'],
        [{ last: -1 }, 'last'],
        [{ last: 101 }, 'last'],
        [{ first: 5, last: 5 }, 'last'],
      ];
      for (const [args, argument] of cases) {
        const result = await query<{ municipalities: Connection<MunicipalityNode> }>(testApp.app, MUNICIPALITIES, {
          ...args,
        });
        const error: GraphqlError | undefined = result.errors?.[0];
        expect(error?.extensions, JSON.stringify(args)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      }
    });

    it('rejects a cursor that this API did not return as bad input on "after" or "before"', async () => {
      for (const [args, argument] of [
        [{ first: 5, after: 'not-a-cursor' }, 'after'],
        [{ last: 5, before: 'bm9wZQ' }, 'before'],
      ] as Array<[PageArgs, string]>) {
        const result = await query<{ municipalities: Connection<MunicipalityNode> }>(testApp.app, MUNICIPALITIES, {
          ...args,
        });
        expect(result.errors?.[0]?.extensions, argument).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      }
    });

    it('rejects a municipality cursor passed to news as bad input', async () => {
      const page = await municipalities({ first: 1 });
      const result = await query<{ news: Connection<NewsNode> }>(testApp.app, NEWS, {
        first: 3,
        after: page.pageInfo.endCursor,
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    });
  });

  describe('news', () => {
    it('walks forwards with first: 3 through every published demo item, newest first', async () => {
      const { nodes, pages } = await walkForwards(news, 3);
      expect(nodes.map((node) => node.slug)).toEqual(publishedDemoSlugs);
      expect(new Set(nodes.map((node) => node.id)).size).toBe(publishedDemoSlugs.length);
      expect(pages.map((page) => page.edges.length)).toEqual(pageSizes(publishedDemoSlugs.length, 3, false));
      expect(pages.every((page) => page.totalCount === nodes.length)).toBe(true);
      const times = nodes.map((node) => Date.parse(node.publishedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(pages[0]?.pageInfo.hasPreviousPage).toBe(false);
      expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
      expectConsistentCursors(pages);
    });

    it('walks backwards with last: 3 and before, giving the forwards order', async () => {
      const forwards = await walkForwards(news, 3);
      const backwards = await walkBackwards(news, 3);
      expect(backwards.nodes.map((node) => node.id)).toEqual(forwards.nodes.map((node) => node.id));
      expect(backwards.nodes.map((node) => node.slug)).toEqual(publishedDemoSlugs);
      expect(backwards.pages.map((page) => page.edges.length)).toEqual(pageSizes(publishedDemoSlugs.length, 3, true));
      expect(backwards.pages.every((page) => page.totalCount === publishedDemoSlugs.length)).toBe(true);
      expect(backwards.pages[0]?.pageInfo.hasPreviousPage).toBe(false);
      expect(backwards.pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
      expectConsistentCursors(backwards.pages);
    });

    it('answers a page of first: 0 with no edges and the total count', async () => {
      const result = await query<{ news: Connection<NewsNode> }>(testApp.app, NEWS, { first: 0 });
      expect(result.errors).toBeUndefined();
      expect(result.data?.news).toMatchObject({
        totalCount: publishedDemoSlugs.length,
        edges: [],
        pageInfo: { startCursor: null, endCursor: null, hasPreviousPage: false },
      });
    });

    it('gives an empty last page after the final cursor', async () => {
      const { pages } = await walkForwards(news, 100);
      const after = pages.at(-1)?.pageInfo.endCursor;
      const beyond = await news({ first: 3, after });
      expect(beyond.edges).toEqual([]);
      expect(beyond.pageInfo.hasNextPage).toBe(false);
      expect(beyond.totalCount).toBe(publishedDemoSlugs.length);
    });
  });
});
