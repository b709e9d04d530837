import { PUBLIC_MAX_AGE_SECONDS } from '@samverka/server/http-cache';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { parseRss } from './parsers.js';
import { insertNews, levelTimestamps } from './seed.js';

const ROUTES: Array<[url: string, contentType: string]> = [
  ['/feeds/news.rss', 'application/rss+xml; charset=utf-8'],
  ['/feeds/news.atom', 'application/atom+xml; charset=utf-8'],
  ['/feeds/news.json', 'application/feed+json; charset=utf-8'],
  ['/feeds/federations/goteborgsregionen/news.rss', 'application/rss+xml; charset=utf-8'],
  ['/feeds/federations/goteborgsregionen/news.atom', 'application/atom+xml; charset=utf-8'],
  ['/feeds/federations/goteborgsregionen/news.json', 'application/feed+json; charset=utf-8'],
  ['/feeds/topics/aldreomsorg/news.rss', 'application/rss+xml; charset=utf-8'],
  ['/feeds/topics/aldreomsorg/news.atom', 'application/atom+xml; charset=utf-8'],
  ['/feeds/topics/aldreomsorg/news.json', 'application/feed+json; charset=utf-8'],
  ['/calendar/federations/goteborgsregionen.ics', 'text/calendar; charset=utf-8'],
  ['/calendar/events.ics', 'text/calendar; charset=utf-8'],
];

const header = (response: LightMyRequestResponse, name: string): string => String(response.headers[name] ?? '');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('HTTP caching of feeds and calendars', () => {
  let test: TestApp;
  /** Every row's last change, in whole seconds, an hour ago. */
  const levelled = new Date(Math.floor(Date.now() / 1000) * 1000 - 60 * 60 * 1000);

  const get = (url: string, headers: Record<string, string> = {}) => test.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    test = await startTestApp();
    await levelTimestamps(test.database.db, levelled);
  });
  afterAll(() => test.close());

  describe.each(ROUTES)('%s', (url, contentType) => {
    it('is public for a while, with an ETag and the Last-Modified of its newest change', async () => {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(header(response, 'content-type')).toBe(contentType);
      expect(header(response, 'cache-control')).toBe(
        `public, max-age=${PUBLIC_MAX_AGE_SECONDS}, stale-while-revalidate=${PUBLIC_MAX_AGE_SECONDS * 2}`,
      );
      expect(header(response, 'etag')).toMatch(/^"[^"]+"$/);
      expect(header(response, 'last-modified')).toBe(levelled.toUTCString());
      expect(header(response, 'access-control-allow-origin')).toBe('*');
    });

    it('answers If-None-Match with its ETag with an empty 304', async () => {
      const first = await get(url);
      const again = await get(url, { 'if-none-match': header(first, 'etag') });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(header(again, 'etag')).toBe(header(first, 'etag'));
    });

    it('answers If-Modified-Since not older than its Last-Modified with a 304 that keeps its ETag', async () => {
      const first = await get(url);
      const same = await get(url, { 'if-modified-since': header(first, 'last-modified') });
      expect(same.statusCode).toBe(304);
      expect(same.body).toBe('');
      expect(header(same, 'etag')).toBe(header(first, 'etag'));
      expect(header(same, 'last-modified')).toBe(header(first, 'last-modified'));
      const later = await get(url, { 'if-modified-since': new Date(levelled.getTime() + 60_000).toUTCString() });
      expect(later.statusCode).toBe(304);
    });

    it('sends the whole answer to an older If-Modified-Since or one it cannot read', async () => {
      const older = await get(url, { 'if-modified-since': new Date(levelled.getTime() - 1000).toUTCString() });
      expect(older.statusCode).toBe(200);
      expect(older.body.length).toBeGreaterThan(0);
      const unreadable = await get(url, { 'if-modified-since': 'yesterday' });
      expect(unreadable.statusCode).toBe(200);
    });
  });

  it('lets If-None-Match decide when both are sent (RFC 9110)', async () => {
    const first = await get('/feeds/news.rss');
    const response = await get('/feeds/news.rss', {
      'if-none-match': '"another-version"',
      'if-modified-since': header(first, 'last-modified'),
    });
    expect(response.statusCode).toBe(200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await test.app.inject({ method: 'HEAD', url: '/feeds/news.atom' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
    expect(header(response, 'last-modified')).toBe(levelled.toUTCString());
  });

  describe('after a change', () => {
    it('moves Last-Modified and the ETag when an item is edited', async () => {
      const url = '/feeds/federations/goteborgsregionen/news.rss';
      const before = await get(url);
      await sql`UPDATE news_items SET title = title || ' (uppdaterad)'
        WHERE slug = 'gemensam-kompetensstrategi-for-aldreomsorgen'`.execute(test.database.db);
      const after = await get(url, { 'if-modified-since': header(before, 'last-modified') });
      expect(after.statusCode).toBe(200);
      expect(Date.parse(header(after, 'last-modified'))).toBeGreaterThan(levelled.getTime());
      expect(header(after, 'etag')).not.toBe(header(before, 'etag'));
      expect(parseRss(after.body).items[0]?.title).toMatch(/\(uppdaterad\)$/);
    });

    it('moves Last-Modified when an item leaves the feed', async () => {
      const url = '/feeds/federations/akademi-norr/news.rss';
      const before = await get(url);
      const slug = 'uppdaterad-kurs-dokumentera-sakert';
      expect(parseRss(before.body).items.map((item) => item.guid)).toContain(`http://localhost/news/${slug}`);
      await sql`UPDATE news_items SET status = 'archived' WHERE slug = ${slug}`.execute(test.database.db);
      const after = await get(url, { 'if-modified-since': header(before, 'last-modified') });
      expect(after.statusCode).toBe(200);
      expect(parseRss(after.body).items.map((item) => item.guid)).not.toContain(`http://localhost/news/${slug}`);
    });

    it('moves Last-Modified when a scheduled item goes live, though nothing was written', async () => {
      const url = '/feeds/federations/verdighetsenteret/news.rss';
      const goesLive = new Date(Date.now() + 1500);
      await insertNews(test.database.db, { slug: 'snart-ute', federation: 'verdighetsenteret', publishedAt: goesLive });
      await levelTimestamps(test.database.db, levelled);
      const before = await get(url);
      expect(header(before, 'last-modified')).toBe(levelled.toUTCString());
      await sleep(goesLive.getTime() - Date.now() + 100);
      const after = await get(url, { 'if-modified-since': header(before, 'last-modified') });
      expect(after.statusCode).toBe(200);
      expect(parseRss(after.body).items[0]?.guid).toBe('http://localhost/news/snart-ute');
    });

    it('moves a calendar’s Last-Modified when an event changes', async () => {
      const url = '/calendar/federations/goteborgsregionen.ics';
      const before = await get(url);
      await sql`UPDATE events SET status = 'cancelled'
        WHERE slug = 'branschradet-aldreomsorg-februari-2027'`.execute(test.database.db);
      const after = await get(url, { 'if-modified-since': header(before, 'last-modified') });
      expect(after.statusCode).toBe(200);
      expect(after.body).toContain('STATUS:CANCELLED');
    });
  });
});
