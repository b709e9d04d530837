import { sql } from 'kysely';
import { parseFragment } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { queryData } from '../support/graphql.js';
import { type JsonFeed, parseAtom, parseRss } from './parsers.js';
import { insertNews } from './seed.js';

const PUBLIC_URL = 'https://samverka.example';
const SKANE = 'vo-college-skane';
const SKANE_NAME = 'Vård- och omsorgscollege Skåne';
const HOSTILE_TITLE = `<b>&"'</b> i rubriken`;
const SOURCE_URL = 'https://www.example.org/nyheter/1?a=1&b=2';

/** What a browser shows for a piece of HTML: its text, with every entity decoded. */
function htmlText(html: string): string {
  const collect = (node: unknown): string => {
    const { value, childNodes } = node as { value?: string; childNodes?: unknown[] };
    return value ?? (childNodes ?? []).map(collect).join('');
  };
  return collect(parseFragment(html));
}

interface Listed {
  slug: string;
  title: string;
  summary: string;
  body: string;
  publishedAt: string;
  updatedAt: string;
  sourceUrl: string | null;
  topics: Array<{ name: string }>;
}

describe('news feeds in RSS 2.0, Atom 1.0 and JSON Feed 1.1', () => {
  let test: TestApp;
  /** The same items through GraphQL: the listing a widget shows. */
  let listed: Listed[];

  const get = (url: string) => test.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    test = await startTestApp({ demo: true }, { publicUrl: PUBLIC_URL });
    const db = test.database.db;
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await insertNews(db, {
      slug: 'escaping-test',
      federation: SKANE,
      title: HOSTILE_TITLE,
      summary: 'Sammanfattning med <i>vinkelparenteser</i> & ett "citat".',
      bodyHtml:
        '<p>Brödtext med <strong>fetstil</strong> &amp; en <a href="https://example.org/?a=1&amp;b=2">länk</a>.</p>',
      publishedAt: minutesAgo(1),
      topics: ['aldreomsorg', 'rekrytering'],
    });
    await insertNews(db, { slug: 'importerad', federation: SKANE, sourceUrl: SOURCE_URL, publishedAt: minutesAgo(2) });
    await insertNews(db, {
      slug: 'cdata-test',
      federation: SKANE,
      title: 'Två ]]> i ]]> en rubrik\u0001',
      publishedAt: minutesAgo(3),
    });
    await insertNews(db, { slug: 'utkast', federation: SKANE, status: 'draft', publishedAt: minutesAgo(4) });
    await insertNews(db, { slug: 'framtida', federation: SKANE, publishedAt: new Date(Date.now() + 86_400_000) });
    const data = await queryData<{ news: { edges: Array<{ node: Listed }> } }>(
      test.app,
      `{ news(first: 50, filter: { federations: ["${SKANE}"] }) {
        edges { node { slug title summary body publishedAt updatedAt sourceUrl topics { name } } } } }`,
    );
    listed = data.news.edges.map((edge) => edge.node);
  });
  afterAll(() => test.close());

  describe('RSS 2.0', () => {
    it('lists the federation’s published news, newest first, as the GraphQL listing does', async () => {
      const response = await get(`/feeds/federations/${SKANE}/news.rss`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
      const rss = parseRss(response.body);
      expect(rss.title).toBe(`${SKANE_NAME} – nyheter`);
      expect(rss.description).toBe(`Nyheter från ${SKANE_NAME}.`);
      expect(rss.language).toBe('sv');
      expect(rss.selfLink).toBe(`${PUBLIC_URL}/feeds/federations/${SKANE}/news.rss`);
      expect(rss.items.map((item) => item.guid)).toEqual(listed.map((item) => `${PUBLIC_URL}/news/${item.slug}`));
      const dates = rss.items.map((item) => Date.parse(item.pubDate));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      expect(rss.items.map((item) => item.guid)).not.toContain(`${PUBLIC_URL}/news/utkast`);
      expect(rss.items.map((item) => item.guid)).not.toContain(`${PUBLIC_URL}/news/framtida`);
    });

    it('gives each item its fields: link, guid, date, summary, body, author and topics', async () => {
      const rss = parseRss((await get(`/feeds/federations/${SKANE}/news.rss`)).body);
      for (const [index, item] of rss.items.entries()) {
        const expected = listed[index] as Listed;
        expect(item.link).toBe(expected.sourceUrl ?? `${PUBLIC_URL}/news/${expected.slug}`);
        expect(item.guidIsPermaLink).toBe('false');
        expect(new Date(item.pubDate).getTime()).toBe(Math.floor(Date.parse(expected.publishedAt) / 1000) * 1000);
        expect(htmlText(item.description)).toBe(expected.summary);
        expect(item.content).toBe(expected.body);
        expect(item.author).toBe(SKANE_NAME);
        expect(item.categories).toEqual(expected.topics.map((topic) => topic.name));
      }
    });

    it('links an imported item to its source, keeping the hub address as its guid', async () => {
      const rss = parseRss((await get(`/feeds/federations/${SKANE}/news.rss`)).body);
      const imported = rss.items.find((item) => item.guid === `${PUBLIC_URL}/news/importerad`);
      expect(imported?.link).toBe(SOURCE_URL);
    });

    it('keeps a title with markup characters as plain text, and the summary as text inside HTML', async () => {
      const response = await get(`/feeds/federations/${SKANE}/news.rss`);
      const item = parseRss(response.body).items.find((entry) => entry.guid.endsWith('/news/escaping-test'));
      expect(item?.title).toBe(HOSTILE_TITLE);
      expect(htmlText(item?.description ?? '')).toBe('Sammanfattning med <i>vinkelparenteser</i> & ett "citat".');
      expect(item?.content).toContain('<strong>fetstil</strong>');
      expect(response.body).not.toContain(`<title>${HOSTILE_TITLE}`);
    });

    it('stays well-formed with "]]>" twice and a control character in a title', async () => {
      const rss = parseRss((await get(`/feeds/federations/${SKANE}/news.rss`)).body);
      const item = rss.items.find((entry) => entry.guid.endsWith('/news/cdata-test'));
      expect(item?.title.replaceAll('\u200b', '')).toBe('Två ]]> i ]]> en rubrik');
    });

    it('gives the newest `limit` items', async () => {
      const rss = parseRss((await get(`/feeds/federations/${SKANE}/news.rss?limit=2`)).body);
      expect(rss.items.map((item) => item.guid)).toEqual(
        listed.slice(0, 2).map((item) => `${PUBLIC_URL}/news/${item.slug}`),
      );
      expect(rss.selfLink).toBe(`${PUBLIC_URL}/feeds/federations/${SKANE}/news.rss?limit=2`);
    });
  });

  describe('Atom 1.0', () => {
    it('has the same entries with ids, links, updated and published dates', async () => {
      const response = await get(`/feeds/federations/${SKANE}/news.atom`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      const atom = parseAtom(response.body);
      expect(atom.title).toBe(`${SKANE_NAME} – nyheter`);
      expect(atom.selfLink).toBe(`${PUBLIC_URL}/feeds/federations/${SKANE}/news.atom`);
      expect(atom.id).toBe(atom.selfLink);
      // Drafts and items not yet out count too: when one is published or withdrawn, the feed changes.
      expect(Date.parse(atom.updated)).toBeGreaterThanOrEqual(
        Math.max(...listed.map((item) => Date.parse(item.updatedAt))),
      );
      expect(atom.entries).toHaveLength(listed.length);
      for (const [index, entry] of atom.entries.entries()) {
        const expected = listed[index] as Listed;
        expect(entry.id).toBe(`${PUBLIC_URL}/news/${expected.slug}`);
        expect(entry.link).toBe(expected.sourceUrl ?? entry.id);
        expect(Date.parse(entry.published)).toBe(Date.parse(expected.publishedAt));
        expect(Date.parse(entry.updated)).toBe(Date.parse(expected.updatedAt));
        expect(entry.titleType).toBe('html');
        expect(htmlText(entry.title)).toBe(expected.title.replaceAll('\u0001', ''));
        expect(htmlText(entry.summary)).toBe(expected.summary);
        expect(entry.contentType).toBe('html');
        expect(entry.content).toBe(expected.body);
        expect(entry.authors).toEqual([SKANE_NAME]);
        expect(entry.categories.map((category) => category.label)).toEqual(expected.topics.map((topic) => topic.name));
      }
    });

    it('escapes a title so that HTML readers show its markup characters as text', async () => {
      const atom = parseAtom((await get(`/feeds/federations/${SKANE}/news.atom`)).body);
      const entry = atom.entries.find((candidate) => candidate.id.endsWith('/news/escaping-test'));
      expect(entry?.title).toBe('&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt; i rubriken');
      expect(htmlText(entry?.title ?? '')).toBe(HOSTILE_TITLE);
    });
  });

  describe('JSON Feed 1.1', () => {
    it('is version 1.1 with authors lists, languages and both dates', async () => {
      const response = await get(`/feeds/federations/${SKANE}/news.json`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/feed+json; charset=utf-8');
      const feed = JSON.parse(response.body) as JsonFeed;
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.title).toBe(`${SKANE_NAME} – nyheter`);
      expect(feed.feed_url).toBe(`${PUBLIC_URL}/feeds/federations/${SKANE}/news.json`);
      expect(feed.language).toBe('sv');
      // The Skåne college has no website in the demo data, so its author has a name only.
      expect(feed.authors).toEqual([{ name: SKANE_NAME }]);
      expect(feed.home_page_url).toBe(PUBLIC_URL);
      expect(feed.author).toBeUndefined();
      expect(feed.items.map((item) => item.id)).toEqual(listed.map((item) => `${PUBLIC_URL}/news/${item.slug}`));
      for (const [index, item] of feed.items.entries()) {
        const expected = listed[index] as Listed;
        expect(item.url).toBe(expected.sourceUrl ?? item.id);
        expect(item.title).toBe(expected.title);
        expect(item.summary).toBe(expected.summary);
        expect(item.content_html).toBe(expected.body);
        expect(item.date_published).toBe(expected.publishedAt);
        expect(item.date_modified).toBe(expected.updatedAt);
        expect(item.authors?.map((author) => author.name)).toEqual([SKANE_NAME]);
        expect(item.author).toBeUndefined();
        expect(item.tags).toEqual(expected.topics.map((topic) => topic.name));
        expect(item.language).toBe('sv');
      }
    });

    it('keeps the title exactly as written', async () => {
      const feed = JSON.parse((await get(`/feeds/federations/${SKANE}/news.json`)).body) as JsonFeed;
      expect(feed.items.find((item) => item.id.endsWith('/news/escaping-test'))?.title).toBe(HOSTILE_TITLE);
    });
  });

  it('writes a Norwegian federation’s feed in Bokmål', async () => {
    const rss = parseRss((await get('/feeds/federations/verdighetsenteret/news.rss')).body);
    expect(rss.title).toBe('Verdighetsenteret – nyheter');
    expect(rss.description).toBe('Nyheter fra Verdighetsenteret.');
    expect(rss.language).toBe('nb');
    expect(rss.items.length).toBeGreaterThan(0);
    expect(rss.items.every((item) => item.author === 'Verdighetsenteret')).toBe(true);
  });

  it('stays well-formed when a topic’s name holds markup characters', async () => {
    const name = 'Äldreomsorg & <vård> "nära"';
    await sql`UPDATE topics SET name_sv = ${name} WHERE slug = 'aldreomsorg'`.execute(test.database.db);
    const url = '/feeds/topics/aldreomsorg/news';
    const rssItem = parseRss((await get(`${url}.rss`)).body).items[0];
    const atomEntry = parseAtom((await get(`${url}.atom`)).body).entries[0];
    const jsonItem = (JSON.parse((await get(`${url}.json`)).body) as JsonFeed).items[0];
    expect(rssItem?.categories).toContain(name);
    expect(jsonItem?.tags).toContain(name);
    // An Atom label is an attribute, where the feed library cannot write "<".
    expect(atomEntry?.categories).toContainEqual({ term: 'aldreomsorg', label: 'Äldreomsorg & vård> "nära"' });
  });

  it('serves the hub-wide feed in every format with the same items', async () => {
    const rss = parseRss((await get('/feeds/news.rss')).body);
    const atom = parseAtom((await get('/feeds/news.atom')).body);
    const json = JSON.parse((await get('/feeds/news.json')).body) as JsonFeed;
    expect(rss.title).toBe('Samverka – nyheter');
    expect(rss.items.length).toBeGreaterThan(listed.length);
    expect(rss.items.length).toBeLessThanOrEqual(50);
    expect(atom.entries.map((entry) => entry.id)).toEqual(rss.items.map((item) => item.guid));
    expect(json.items.map((item) => item.id)).toEqual(rss.items.map((item) => item.guid));
    expect(new Set(rss.items.map((item) => item.author)).size).toBeGreaterThan(1);
  });
});
