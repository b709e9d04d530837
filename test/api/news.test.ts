import { demoData } from '@samverka/db/seed/demo/index';
import type { DemoNewsItem, MunicipalityRef } from '@samverka/db/seed/demo/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { query, queryData } from '../support/graphql.js';

interface NewsNode {
  id: string;
  slug: string;
  title: string;
  language: string;
  publishedAt: string;
  publisher: { slug: string };
}

interface NewsConnection {
  totalCount: number;
  edges: Array<{ cursor: string; node: NewsNode }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
}

interface NewsItemDetails {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  language: string;
  publishedAt: string;
  updatedAt: string;
  sourceUrl: string | null;
  images: Array<{ url: string; alt: string; caption: string | null }>;
  publisher: { slug: string; name: string };
  topics: Array<{ slug: string; sv: string; en: string }>;
  municipalities: Array<{ country: string; code: string; name: string }>;
  contact: { name: string; title: string; email: string | null; phone: string | null; language: string } | null;
}

const LIST_QUERY = `query ($filter: NewsFilter) {
  news(first: 100, filter: $filter) {
    totalCount
    edges { cursor node { id slug title language publishedAt publisher { slug } } }
    pageInfo { hasNextPage hasPreviousPage }
  }
}`;

const DETAILS = `
  id slug title summary body language publishedAt updatedAt sourceUrl
  images { url alt caption }
  publisher { slug name }
  topics { slug sv: name(language: sv) en: name(language: en) }
  municipalities { country code name }
  contact { name title email phone language }`;

const time = (iso: string | undefined) => (iso ? new Date(iso).getTime() : Number.NaN);

/** What the public may read: published, and not scheduled for later. */
const publicNews: DemoNewsItem[] = demoData.news.filter(
  (item) => item.status === 'published' && time(item.publishedAt) <= Date.now(),
);
const hiddenNews: DemoNewsItem[] = demoData.news.filter((item) => !publicNews.includes(item));

/** Slugs of the public demo news matching a predicate, newest first. */
function expectedSlugs(predicate: (item: DemoNewsItem) => boolean = () => true): string[] {
  return publicNews
    .filter(predicate)
    .sort((a, b) => time(b.publishedAt) - time(a.publishedAt))
    .map((item) => item.slug);
}

const mentions = (item: DemoNewsItem, ref: MunicipalityRef) =>
  item.municipalities.some((municipality) => municipality.country === ref.country && municipality.code === ref.code);

const plainText = (item: DemoNewsItem) =>
  `${item.title} ${item.summary} ${item.bodyHtml.replace(/<[^>]*>/g, ' ')}`.toLowerCase();

const words = (item: DemoNewsItem) => new Set(plainText(item).split(/[^\p{L}\p{N}]+/u));

function demoItem(slug: string): DemoNewsItem {
  const item = demoData.news.find((candidate) => candidate.slug === slug);
  if (!item) throw new Error(`No demo news item ${slug}`);
  return item;
}

describe('news API', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  async function news(filter?: Record<string, unknown>): Promise<NewsConnection> {
    const data = await queryData<{ news: NewsConnection }>(testApp.app, LIST_QUERY, { filter });
    return data.news;
  }

  const slugsOf = (connection: NewsConnection) => connection.edges.map((edge) => edge.node.slug);

  it('checks that the demo data has drafts, archived items and published items to tell apart', () => {
    expect(publicNews.length).toBeGreaterThan(3);
    expect(hiddenNews.some((item) => item.status === 'draft')).toBe(true);
    expect(hiddenNews.some((item) => item.status === 'archived')).toBe(true);
  });

  describe('listing', () => {
    it('lists every published demo item, newest first', async () => {
      const all = await news();
      expect(slugsOf(all)).toEqual(expectedSlugs());
      expect(all.totalCount).toBe(publicNews.length);
      const times = all.edges.map((edge) => time(edge.node.publishedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      for (const { node } of all.edges) {
        expect(time(node.publishedAt)).toBe(time(demoItem(node.slug).publishedAt));
      }
    });

    it('never lists drafts or archived items', async () => {
      const listed = new Set(slugsOf(await news()));
      for (const item of hiddenNews) expect(listed.has(item.slug), item.slug).toBe(false);
    });

    it('keeps drafts and archived items out of search results too', async () => {
      // "trygghetskameror" appears only in a draft; the archived survey item is the only "enkät" one not listed.
      const draftOnly = demoData.news.filter((item) => plainText(item).includes('trygghetskameror'));
      expect(draftOnly.map((item) => item.status)).toEqual(['draft']);
      expect(await news({ search: 'trygghetskameror' })).toMatchObject({ totalCount: 0, edges: [] });

      const archived = demoItem('enkat-halvvags-valfardsteknologi-i-omsorgen');
      expect(archived.status).toBe('archived');
      expect(slugsOf(await news({ search: 'enkät' }))).not.toContain(archived.slug);
    });
  });

  describe('filters', () => {
    it('filters by publisher', async () => {
      for (const federations of [['akademi-norr'], ['verdighetsenteret'], ['akademi-norr', 'goteborgsregionen']]) {
        const found = await news({ federations });
        const expected = expectedSlugs((item) => federations.includes(item.federationSlug));
        expect(expected.length).toBeGreaterThan(0);
        expect(slugsOf(found)).toEqual(expected);
        expect(found.totalCount).toBe(expected.length);
        expect(found.edges.every((edge) => federations.includes(edge.node.publisher.slug))).toBe(true);
      }
      expect(await news({ federations: ['no-such-federation'] })).toMatchObject({ totalCount: 0, edges: [] });
    });

    it('filters by a mentioned municipality code', async () => {
      const lomma = await news({ municipality: '1262' });
      expect(slugsOf(lomma)).toEqual(expectedSlugs((item) => mentions(item, { country: 'SE', code: '1262' })));
      expect(slugsOf(lomma)).toEqual(['lomma-kommun-ansluter-till-vo-college-skane']);

      // Hässleholm is mentioned by a published item and by an archived one; only the first is listed.
      const hassleholm: MunicipalityRef = { country: 'SE', code: '1293' };
      expect(demoData.news.filter((item) => mentions(item, hassleholm)).length).toBeGreaterThan(1);
      expect(slugsOf(await news({ municipality: '1293' }))).toEqual(
        expectedSlugs((item) => mentions(item, hassleholm)),
      );
    });

    it('filters by a municipality code with its country prefix', async () => {
      const bergen: MunicipalityRef = { country: 'NO', code: '4601' };
      const expected = expectedSlugs((item) => mentions(item, bergen));
      expect(expected.length).toBeGreaterThan(0);
      expect(slugsOf(await news({ municipality: 'NO-4601' }))).toEqual(expected);
      expect(slugsOf(await news({ municipality: '4601' }))).toEqual(expected);
      expect(await news({ municipality: 'SE-4601' })).toMatchObject({ totalCount: 0, edges: [] });
    });

    it('rejects a municipality filter that is not a code', async () => {
      const result = await query<{ news: NewsConnection }>(
        testApp.app,
        '{ news(filter: { municipality: "Lomma" }) { totalCount } }',
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.municipality' });
    });

    it('filters by topics, matching an item with any of them', async () => {
      for (const topics of [['frivillighet'], ['valfardsteknologi', 'ledarskap'], ['barn-och-unga']]) {
        const found = await news({ topics });
        const expected = expectedSlugs((item) => item.topics.some((topic) => topics.includes(topic)));
        expect(expected.length).toBeGreaterThan(0);
        expect(slugsOf(found)).toEqual(expected);
        expect(found.totalCount).toBe(expected.length);
      }
    });

    it('filters by language: Norwegian Bokmål gives only Verdighetsenteret items', async () => {
      const norwegian = await news({ language: 'nb' });
      expect(slugsOf(norwegian)).toEqual(expectedSlugs((item) => item.language === 'nb'));
      expect(norwegian.edges.length).toBeGreaterThan(0);
      expect(norwegian.edges.every((edge) => edge.node.language === 'nb')).toBe(true);
      expect(norwegian.edges.every((edge) => edge.node.publisher.slug === 'verdighetsenteret')).toBe(true);

      const swedish = await news({ language: 'sv' });
      expect(slugsOf(swedish)).toEqual(expectedSlugs((item) => item.language === 'sv'));
      expect(swedish.totalCount + norwegian.totalCount).toBe(publicNews.length);
      expect(await news({ language: 'en' })).toMatchObject({ totalCount: 0, edges: [] });
    });

    it('filters by publication time with publishedAfter and publishedBefore', async () => {
      const after = '2024-01-01T00:00:00Z';
      const before = '2025-01-01T00:00:00Z';
      const inRange = (item: DemoNewsItem, from?: string, to?: string) =>
        (!from || time(item.publishedAt) >= time(from)) && (!to || time(item.publishedAt) < time(to));

      const since = await news({ publishedAfter: after });
      expect(slugsOf(since)).toEqual(expectedSlugs((item) => inRange(item, after)));
      const until = await news({ publishedBefore: before });
      expect(slugsOf(until)).toEqual(expectedSlugs((item) => inRange(item, undefined, before)));
      const during2024 = await news({ publishedAfter: after, publishedBefore: before });
      expect(slugsOf(during2024)).toEqual(expectedSlugs((item) => inRange(item, after, before)));
      expect(during2024.totalCount).toBe(3);
      expect(since.totalCount + until.totalCount - during2024.totalCount).toBe(publicNews.length);
    });

    it('rejects a publication range whose start is after its end', async () => {
      const result = await query<{ news: NewsConnection }>(
        testApp.app,
        '{ news(filter: { publishedAfter: "2025-01-01T00:00:00Z", publishedBefore: "2024-01-01T00:00:00Z" }) { totalCount } }',
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('combines filters so that every condition must hold', async () => {
      const filter = { federations: ['goteborgsregionen'], topics: ['rekrytering'] };
      const expected = expectedSlugs(
        (item) => item.federationSlug === 'goteborgsregionen' && item.topics.includes('rekrytering'),
      );
      expect(expected).toEqual(['branschradet-samlar-kommunerna-kring-rekrytering']);
      expect(slugsOf(await news(filter))).toEqual(expected);
      expect(await news({ language: 'nb', federations: ['akademi-norr'] })).toMatchObject({ totalCount: 0 });
    });
  });

  describe('search', () => {
    it('finds Norwegian words in any form, in title, summary or body', async () => {
      // "samspillsmodellen" is the definite form of "samspillsmodell"; both stem alike in Norwegian.
      const found = await news({ search: 'samspillsmodellen' });
      const expected = expectedSlugs((item) => plainText(item).includes('samspillsmodell'));
      expect(expected.length).toBeGreaterThan(1);
      expect(expected).toContain('ny-fagplan-samspillsmodellen');
      expect(slugsOf(found)).toEqual(expected);

      const yrkesresan = await news({ search: 'Yrkesresan' });
      expect(slugsOf(yrkesresan)).toContain('branschrad-och-yrkesresan-lyfts-i-betankande');
    });

    it('finds an inflected Swedish form: "kommuner" finds items that only say "kommun"', async () => {
      const onlySingular = publicNews.filter(
        (item) => item.language === 'sv' && words(item).has('kommun') && !plainText(item).includes('kommuner'),
      );
      expect(onlySingular.map((item) => item.slug)).toContain('gemensam-kompetensstrategi-for-aldreomsorgen');

      const found = new Set(slugsOf(await news({ search: 'kommuner' })));
      for (const item of onlySingular) expect(found.has(item.slug), item.slug).toBe(true);
    });

    it('finds every item with a whole-word form of "kommun" when searching for "kommuner", and none without', async () => {
      const forms = new Set([
        'kommun',
        'kommuns',
        'kommunen',
        'kommunens',
        'kommuner',
        'kommuners',
        'kommunerna',
        'kommunernas',
        'kommune',
        'kommunes',
        'kommunene',
      ]);
      const withForm = publicNews.filter((item) => [...words(item)].some((word) => forms.has(word)));
      const withoutStem = publicNews.filter((item) => !plainText(item).includes('kommun'));
      expect(withoutStem.length).toBeGreaterThan(0);

      const found = await news({ search: 'kommuner' });
      const slugs = new Set(slugsOf(found));
      for (const item of withForm) expect(slugs.has(item.slug), item.slug).toBe(true);
      for (const item of withoutStem) expect(slugs.has(item.slug), item.slug).toBe(false);
      expect(slugsOf(found)).toEqual(expectedSlugs((item) => slugs.has(item.slug)));
      expect(found.edges.some((edge) => edge.node.title.toLowerCase().includes('kommun'))).toBe(true);
    });

    it('finds nothing for a word no published item has', async () => {
      expect(await news({ search: 'xylofonorkester' })).toMatchObject({ totalCount: 0, edges: [] });
    });

    it('combines search with the other filters', async () => {
      const found = await news({ search: 'kommuner', language: 'nb' });
      expect(found.totalCount).toBeGreaterThan(0);
      expect(found.edges.every((edge) => edge.node.language === 'nb')).toBe(true);
    });
  });

  describe('newsItem(slug:)', () => {
    it('returns a published item with its text, images and dates', async () => {
      const demo = demoItem('modul-5-ambassadorer-fordjupar-sig-i-halsoagenterna');
      const data = await queryData<{ newsItem: NewsItemDetails | null }>(
        testApp.app,
        `query ($slug: String!) { newsItem(slug: $slug) { ${DETAILS} } }`,
        { slug: demo.slug },
      );
      const item = data.newsItem;
      expect(item).toMatchObject({
        slug: demo.slug,
        title: demo.title,
        summary: demo.summary,
        body: demo.bodyHtml,
        language: demo.language,
        sourceUrl: null,
        images: demo.images.map((image) => ({ url: image.url, alt: image.alt, caption: image.caption ?? null })),
      });
      expect(time(item?.publishedAt)).toBe(time(demo.publishedAt));
      expect(Number.isNaN(time(item?.updatedAt))).toBe(false);
    });

    it('links an item to its publisher, topics, municipalities and contact', async () => {
      const demo = demoItem('lomma-kommun-ansluter-till-vo-college-skane');
      const data = await queryData<{ newsItem: NewsItemDetails | null }>(
        testApp.app,
        `query ($slug: String!) { newsItem(slug: $slug) { ${DETAILS} } }`,
        { slug: demo.slug },
      );
      const item = data.newsItem;
      expect(item?.publisher).toEqual({ slug: 'vo-college-skane', name: 'Vård- och omsorgscollege Skåne' });
      expect(item?.topics.map((topic) => topic.slug).sort()).toEqual([...demo.topics].sort());
      for (const topic of item?.topics ?? []) {
        const demoTopic = demoData.topics.find((candidate) => candidate.slug === topic.slug);
        expect(topic).toEqual({ slug: demoTopic?.slug, sv: demoTopic?.sv, en: demoTopic?.en });
      }
      expect(item?.municipalities).toEqual([{ country: 'SE', code: '1262', name: 'Lomma' }]);
      const contact = demoData.contacts.find((candidate) => candidate.key === demo.contactKey);
      expect(item?.contact).toEqual({
        name: contact?.name,
        title: contact?.roleTitle,
        email: contact?.email ?? null,
        phone: contact?.phone ?? null,
        language: contact?.language,
      });
    });

    it('lists the municipalities an item mentions', async () => {
      const demo = demoItem('erfaringer-med-frivillighet-i-eldreomsorgen');
      const data = await queryData<{ newsItem: NewsItemDetails | null }>(
        testApp.app,
        `query ($slug: String!) { newsItem(slug: $slug) { ${DETAILS} } }`,
        { slug: demo.slug },
      );
      expect(
        data.newsItem?.municipalities.map((municipality) => `${municipality.country}-${municipality.code}`).sort(),
      ).toEqual(demo.municipalities.map((ref) => `${ref.country}-${ref.code}`).sort());
      expect(data.newsItem?.municipalities.map((municipality) => municipality.name).sort()).toEqual([
        'Bergen',
        'Lillehammer',
        'Trondheim',
      ]);
      expect(data.newsItem?.publisher.slug).toBe('verdighetsenteret');
    });

    it('answers null without errors for a draft, an archived item and an unknown slug', async () => {
      const draft = demoData.news.find((item) => item.status === 'draft');
      const archived = demoData.news.find((item) => item.status === 'archived');
      for (const slug of [draft?.slug, archived?.slug, 'no-such-news-item']) {
        const result = await query<{ newsItem: NewsItemDetails | null }>(
          testApp.app,
          'query ($slug: String!) { newsItem(slug: $slug) { slug title } }',
          { slug },
        );
        expect(result.errors, slug).toBeUndefined();
        expect(result.data, slug).toEqual({ newsItem: null });
      }
    });

    it('answers null through node(id:) for drafts and archived items', async () => {
      // Hidden items have no id in any answer; take them from the database to forge their global ids.
      const rows = await testApp.database.db
        .selectFrom('news_items')
        .select(['id', 'slug'])
        .where('status', '<>', 'published')
        .execute();
      expect(rows.map((row) => row.slug).sort()).toEqual(
        demoData.news
          .filter((item) => item.status !== 'published')
          .map((item) => item.slug)
          .sort(),
      );
      for (const row of rows) {
        const id = Buffer.from(`NewsItem:${row.id}`, 'utf8').toString('base64url');
        const result = await query<{ node: { slug?: string } | null }>(
          testApp.app,
          'query ($id: ID!) { node(id: $id) { ... on NewsItem { slug } } }',
          { id },
        );
        expect(result.errors, row.slug).toBeUndefined();
        expect(result.data, row.slug).toEqual({ node: null });
      }
    });

    it('resolves a news item id through node(id:) and nodes(ids:)', async () => {
      const listed = await news({ federations: ['akademi-norr'] });
      const ids = listed.edges.map((edge) => edge.node.id);
      const single = await queryData<{ node: { __typename: string; slug?: string } | null }>(
        testApp.app,
        'query ($id: ID!) { node(id: $id) { __typename ... on NewsItem { slug } } }',
        { id: ids[0] },
      );
      expect(single.node).toEqual({ __typename: 'NewsItem', slug: listed.edges[0]?.node.slug });
      const many = await queryData<{ nodes: Array<{ slug?: string } | null> }>(
        testApp.app,
        'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on NewsItem { slug } } }',
        { ids },
      );
      expect(many.nodes.map((node) => node?.slug)).toEqual(slugsOf(listed));
    });
  });
});
