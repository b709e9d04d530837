import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { queryData } from '../support/graphql.js';
import { type JsonFeed, parseAtom, parseRss } from './parsers.js';
import { insertNews } from './seed.js';

const PUBLIC_URL = 'https://samverka.example';

interface NewsFilter {
  federations?: string[];
  municipality?: string;
  topics?: string[];
  language?: string;
}

interface FeedError {
  error: string;
  code: string;
  parameter?: string;
}

describe('filters of the news feeds', () => {
  let test: TestApp;

  const get = (url: string) => test.app.inject({ method: 'GET', url });
  const guids = async (url: string) => {
    const response = await get(url);
    expect(response.statusCode).toBe(200);
    return parseRss(response.body).items.map((item) => item.guid);
  };
  /** The hub addresses of what the GraphQL listing returns for the same filter. */
  const listed = async (filter: NewsFilter) => {
    const data = await queryData<{ news: { edges: Array<{ node: { slug: string } }> } }>(
      test.app,
      'query($filter: NewsFilter) { news(first: 50, filter: $filter) { edges { node { slug } } } }',
      { filter },
    );
    return data.news.edges.map((edge) => `${PUBLIC_URL}/news/${edge.node.slug}`);
  };

  beforeAll(async () => {
    test = await startTestApp({ demo: true }, { publicUrl: PUBLIC_URL });
    // An item in English, so the language filter has something to tell apart within one federation.
    await insertNews(test.database.db, {
      slug: 'news-in-english',
      federation: 'goteborgsregionen',
      language: 'en',
      topics: ['aldreomsorg'],
      municipalities: ['1480'],
      publishedAt: new Date(Date.now() - 60_000),
    });
  });
  afterAll(() => test.close());

  it('takes federations comma-separated or repeated, like the listing', async () => {
    const expected = await listed({ federations: ['goteborgsregionen', 'akademi-norr'] });
    expect(expected.length).toBeGreaterThan(0);
    expect(await guids('/feeds/news.rss?federations=goteborgsregionen,akademi-norr')).toEqual(expected);
    expect(await guids('/feeds/news.rss?federations=goteborgsregionen&federations=akademi-norr')).toEqual(expected);
    expect(await guids('/feeds/news.rss?federations=goteborgsregionen')).not.toEqual(expected);
  });

  it('takes a municipality code, with or without its country', async () => {
    const lomma = await listed({ municipality: '1262' });
    expect(lomma.length).toBeGreaterThan(0);
    expect(await guids('/feeds/news.rss?municipality=1262')).toEqual(lomma);
    expect(await guids('/feeds/news.rss?municipality=SE-1262')).toEqual(lomma);
    expect(await guids('/feeds/news.rss?municipality=NO-1262')).toEqual([]);
  });

  it('takes topics and a language', async () => {
    const elderlyCare = await listed({ topics: ['aldreomsorg'] });
    expect(await guids('/feeds/news.rss?topics=aldreomsorg')).toEqual(elderlyCare);
    const norwegian = await listed({ language: 'nb' });
    expect(norwegian.length).toBeGreaterThan(0);
    expect(await guids('/feeds/news.rss?language=nb')).toEqual(norwegian);
    const json = JSON.parse((await get('/feeds/news.json?language=en')).body) as JsonFeed;
    expect(json.items.map((item) => item.id)).toEqual([`${PUBLIC_URL}/news/news-in-english`]);
    expect(json.items[0]?.language).toBe('en');
  });

  it('combines filters, and writes them back in order in the feed’s own address', async () => {
    const expected = await listed({
      federations: ['goteborgsregionen'],
      topics: ['aldreomsorg'],
      municipality: '1480',
    });
    const url = '/feeds/news.atom?topics=aldreomsorg&municipality=1480&federations=goteborgsregionen&limit=10';
    const atom = parseAtom((await get(url)).body);
    expect(atom.entries.map((entry) => entry.id)).toEqual(expected.slice(0, 10));
    expect(atom.selfLink).toBe(
      `${PUBLIC_URL}/feeds/news.atom?federations=goteborgsregionen&municipality=1480&topics=aldreomsorg&limit=10`,
    );
  });

  describe('per topic', () => {
    it('lists the topic’s news, titled in Swedish unless asked for another language', async () => {
      const response = await get('/feeds/topics/aldreomsorg/news.rss');
      const rss = parseRss(response.body);
      expect(rss.items.map((item) => item.guid)).toEqual(await listed({ topics: ['aldreomsorg'] }));
      expect(rss.title).toBe('Samverka – nyheter: Äldreomsorg');
      expect(rss.items.every((item) => item.categories.length > 0)).toBe(true);

      const english = parseRss((await get('/feeds/topics/aldreomsorg/news.rss?language=en')).body);
      expect(english.title).toBe('Samverka – news: Elderly care');
      expect(english.items.map((item) => item.guid)).toEqual([`${PUBLIC_URL}/news/news-in-english`]);
    });

    it('serves Atom and JSON Feed as well', async () => {
      const expected = await listed({ topics: ['frivillighet'] });
      const atom = parseAtom((await get('/feeds/topics/frivillighet/news.atom')).body);
      const json = JSON.parse((await get('/feeds/topics/frivillighet/news.json')).body) as JsonFeed;
      expect(atom.entries.map((entry) => entry.id)).toEqual(expected);
      expect(json.items.map((item) => item.id)).toEqual(expected);
    });
  });

  it('narrows a federation’s feed by the other filters, and empties it when they leave it out', async () => {
    const feed = '/feeds/federations/goteborgsregionen/news.rss';
    expect(await guids(`${feed}?language=en`)).toEqual([`${PUBLIC_URL}/news/news-in-english`]);
    expect(await guids(`${feed}?federations=akademi-norr`)).toEqual([]);
    expect(await guids(`${feed}?federations=akademi-norr,goteborgsregionen`)).toEqual(
      await listed({ federations: ['goteborgsregionen'] }),
    );
    expect(await guids('/feeds/topics/aldreomsorg/news.rss?topics=frivillighet')).toEqual([]);
  });

  describe('unknown slugs', () => {
    it.each([
      '/feeds/federations/no-such-federation/news.rss',
      '/feeds/federations/no-such-federation/news.atom',
      '/feeds/federations/Not_A_Slug/news.json',
      '/feeds/topics/no-such-topic/news.rss',
      '/calendar/federations/no-such-federation.ics',
    ])('%s is 404 with a JSON error', async (url) => {
      const response = await get(url);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.json<FeedError>()).toMatchObject({ code: 'NOT_FOUND' });
      expect(response.json<FeedError>().error).toMatch(/no (federation|topic) with the slug/);
    });
  });

  describe('bad parameters', () => {
    it.each([
      ['/feeds/news.rss?municipality=12345', 'municipality'],
      ['/feeds/news.rss?municipality=1262&municipality=1280', 'municipality'],
      ['/feeds/news.atom?federations=Bad_Slug', 'federations'],
      ['/feeds/topics/aldreomsorg/news.json?topics=a,%3Cscript%3E', 'topics'],
      ['/feeds/news.rss?language=de', 'language'],
      ['/feeds/news.rss?limit=0', 'limit'],
      ['/feeds/news.rss?limit=101', 'limit'],
      ['/feeds/news.rss?limit=ten', 'limit'],
      ['/feeds/federations/goteborgsregionen/news.rss?language=', null],
      ['/calendar/events.ics?municipality=Lomma', 'municipality'],
      ['/calendar/federations/akademi-norr.ics?limit=1000', 'limit'],
    ])('%s names the parameter in a 400', async (url, parameter) => {
      const response = await get(url);
      if (parameter === null) {
        // An empty value filters nothing, as a missing one does.
        expect(response.statusCode).toBe(200);
        return;
      }
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['cache-control']).toBe('no-store');
      const body = response.json<FeedError>();
      expect(body.code).toBe('BAD_USER_INPUT');
      expect(body.parameter).toBe(parameter);
      expect(body.error).toContain(`"${parameter}"`);
    });

    it('takes up to 100 items', async () => {
      const rss = parseRss((await get('/feeds/news.rss?limit=100')).body);
      expect(rss.items.length).toBe((await listed({})).length);
    });
  });
});
