import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { type GraphqlError, post, query } from '../support/graphql.js';

interface GraphqlBody {
  data?: unknown;
  errors?: GraphqlError[];
}

const TOPICS = '{ topics { slug } }';
const ORIGIN = 'https://www.lomma.se';
/** What `app.inject` requests resolve against. */
const SERVER_ORIGIN = 'http://localhost';

const header = (response: LightMyRequestResponse, name: string): string | undefined => {
  const value = response.headers[name];
  return value === undefined ? undefined : String(value);
};

/** The max-age of a Cache-Control header, or null without one. */
const maxAge = (cacheControl: string | undefined): number | null => {
  const match = /(?:^|,)\s*max-age=(\d+)/.exec(cacheControl ?? '');
  return match ? Number(match[1]) : null;
};

/** The URLs of every `<script src>` and `<link href>` in a page. */
function referencedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) urls.push(match[1] ?? '');
  for (const match of html.matchAll(/<link\b[^>]*\bhref\s*=\s*["']([^"']+)["']/gi)) urls.push(match[1] ?? '');
  return urls;
}

/** Where a browser would fetch a URL of the page from: relative to `<base href>` when the page has one. */
function resolveLikeABrowser(html: string, pagePath: string, reference: string): URL {
  const base = /<base\b[^>]*\bhref\s*=\s*["']([^"']*)["']/i.exec(html)?.[1];
  const pageUrl = new URL(pagePath, SERVER_ORIGIN);
  return new URL(reference, base === undefined ? pageUrl : new URL(base, pageUrl));
}

describe('HTTP behaviour of /graphql and the other routes', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  describe('caching', () => {
    it('marks a successful GET answer public with a max-age, and gives it an ETag', async () => {
      const result = await query(testApp.app, TOPICS);
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      const cacheControl = header(result.response, 'cache-control');
      expect(cacheControl).toMatch(/\bpublic\b/);
      expect(maxAge(cacheControl)).toBeGreaterThan(0);
      expect(header(result.response, 'etag')).toMatch(/^(W\/)?".+"$/);
    });

    it('answers If-None-Match with the same ETag with 304 and an empty body', async () => {
      const first = await query(testApp.app, TOPICS);
      const etag = header(first.response, 'etag');
      if (!etag) throw new Error('the first answer has no ETag');

      const revalidated = await query(testApp.app, TOPICS, undefined, { 'if-none-match': etag });
      expect(revalidated.status).toBe(304);
      expect(revalidated.response.body).toBe('');
      expect(header(revalidated.response, 'etag')).toBe(etag);
    });

    it('gives a different query a different ETag', async () => {
      const topics = await query(testApp.app, TOPICS);
      const federations = await query(testApp.app, '{ federations { totalCount } }');
      expect(federations.errors).toBeUndefined();
      expect(header(federations.response, 'etag')).toBeDefined();
      expect(header(federations.response, 'etag')).not.toBe(header(topics.response, 'etag'));

      // A stale ETag from another answer gets the full answer, not a 304.
      const mismatched = await query(testApp.app, '{ federations { totalCount } }', undefined, {
        'if-none-match': header(topics.response, 'etag') ?? '',
      });
      expect(mismatched.status).toBe(200);
      expect(mismatched.data).toEqual(federations.data);
    });

    it('marks POST answers no-store', async () => {
      const result = await post(testApp.app, TOPICS);
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      expect(header(result.response, 'cache-control')).toBe('no-store');
    });

    it('marks a GET answer with errors no-store', async () => {
      const badArgument = await query(testApp.app, '{ news(first: 101) { totalCount } }');
      expect(badArgument.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(header(badArgument.response, 'cache-control')).toBe('no-store');

      const invalid = await query(testApp.app, '{ noSuchField }');
      expect(invalid.status).toBe(400);
      expect(header(invalid.response, 'cache-control')).toBe('no-store');
    });
  });

  describe('CORS', () => {
    it('lets any site read a GET answer, without credentials', async () => {
      const result = await query(testApp.app, TOPICS, undefined, { origin: ORIGIN });
      expect(result.status).toBe(200);
      expect(header(result.response, 'access-control-allow-origin')).toBe('*');
      expect(result.response.headers['access-control-allow-credentials']).toBeUndefined();
      expect(header(result.response, 'access-control-expose-headers')).toMatch(/etag/i);
    });

    it('answers a preflight with 204 and a max-age', async () => {
      const response = await testApp.app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: {
          origin: ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(response.statusCode).toBe(204);
      expect(header(response, 'access-control-allow-origin')).toBe('*');
      expect(Number(header(response, 'access-control-max-age'))).toBeGreaterThan(0);
      expect(header(response, 'access-control-allow-methods')).toMatch(/GET/);
      expect(header(response, 'access-control-allow-methods')).toMatch(/POST/);
      expect(header(response, 'access-control-allow-headers')).toMatch(/content-type/i);
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    });
  });

  describe('what /graphql refuses', () => {
    it('refuses HTTP batching: a JSON array of two operations gets 400', async () => {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify([{ query: TOPICS }, { query: '{ federations { totalCount } }' }]),
      });
      expect(response.statusCode).toBe(400);
      const body = response.json<GraphqlBody>();
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.message).toMatch(/batching/i);
    });

    it('keeps CSRF prevention on for POST: a text/plain POST is refused', async () => {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'text/plain' },
        payload: JSON.stringify({ query: TOPICS }),
      });
      expect(response.statusCode).toBe(400);
      const body = response.json<GraphqlBody>();
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.message).toMatch(/CSRF/);
    });

    it('serves a plain GET without any special headers', async () => {
      const response = await testApp.app.inject({
        method: 'GET',
        url: `/graphql?${new URLSearchParams({ query: TOPICS })}`,
      });
      expect(response.statusCode).toBe(200);
      const body = response.json<{ data: { topics: Array<{ slug: string }> } }>();
      expect(body.data.topics.length).toBeGreaterThan(0);
    });

    it('refuses a mutation over GET with a 4xx and no data', async () => {
      const result = await query(testApp.app, 'mutation { x }');
      expect(result.status).toBeGreaterThanOrEqual(400);
      expect(result.status).toBeLessThan(500);
      expect(result.data).toBeNull();
      expect(result.errors?.length).toBeGreaterThan(0);
    });
  });

  describe('other routes', () => {
    it('GET /health answers 200 with status ok', async () => {
      const response = await testApp.app.inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json<{ status: string }>()).toMatchObject({ status: 'ok' });
    });

    it('sends /explorer/ on to /explorer, where the configured page is', async () => {
      const response = await testApp.app.inject({ method: 'GET', url: '/explorer/' });
      expect(response.statusCode).toBe(301);
      expect(header(response, 'location')).toBe('/explorer');
    });

    describe('the explorer at /explorer', () => {
      const path = '/explorer';
      async function page(): Promise<string> {
        const response = await testApp.app.inject({ method: 'GET', url: path });
        expect(response.statusCode).toBe(200);
        expect(header(response, 'content-type')).toMatch(/^text\/html/);
        return response.body;
      }

      it('serves HTML whose scripts and stylesheets are all relative or same-origin', async () => {
        const html = await page();
        const urls = referencedUrls(html);
        expect(urls.some((url) => /\.js$/.test(url))).toBe(true);
        expect(urls.some((url) => /\.css$/.test(url))).toBe(true);
        for (const url of urls) {
          expect(url).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:)?\/\//i);
          expect(resolveLikeABrowser(html, path, url).origin).toBe(SERVER_ORIGIN);
        }
      });

      it('serves every asset the page references with 200', async () => {
        const html = await page();
        const failures: string[] = [];
        for (const url of referencedUrls(html)) {
          const resolved = resolveLikeABrowser(html, path, url);
          const response = await testApp.app.inject({ method: 'GET', url: resolved.pathname });
          if (response.statusCode !== 200) failures.push(`${url} -> ${resolved.pathname}: ${response.statusCode}`);
        }
        expect(failures).toEqual([]);
      });
    });
  });
});
