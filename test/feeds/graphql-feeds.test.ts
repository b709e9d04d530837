import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { queryData } from '../support/graphql.js';

const PUBLIC_URL = 'https://hub.samverka.example/base';

interface Feeds {
  rss: string;
  atom: string;
  jsonFeed: string;
  calendar: string;
}

describe('Federation.feeds in GraphQL', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp({ demo: true }, { publicUrl: PUBLIC_URL });
  });
  afterAll(() => test.close());

  it('gives a federation’s feed and calendar URLs on the public address', async () => {
    const data = await queryData<{ federation: { feeds: Feeds } }>(
      test.app,
      '{ federation(slug: "akademi-norr") { feeds { rss atom jsonFeed calendar } } }',
    );
    expect(data.federation.feeds).toEqual({
      rss: `${PUBLIC_URL}/feeds/federations/akademi-norr/news.rss`,
      atom: `${PUBLIC_URL}/feeds/federations/akademi-norr/news.atom`,
      jsonFeed: `${PUBLIC_URL}/feeds/federations/akademi-norr/news.json`,
      calendar: `${PUBLIC_URL}/calendar/federations/akademi-norr.ics`,
    });
  });

  it('gives URLs the hub serves, with the content types their names promise', async () => {
    const data = await queryData<{ federations: { edges: Array<{ node: { slug: string; feeds: Feeds } }> } }>(
      test.app,
      '{ federations(first: 50) { edges { node { slug feeds { rss atom jsonFeed calendar } } } } }',
    );
    expect(data.federations.edges.length).toBeGreaterThan(1);
    const contentTypes: Record<keyof Feeds, string> = {
      rss: 'application/rss+xml',
      atom: 'application/atom+xml',
      jsonFeed: 'application/feed+json',
      calendar: 'text/calendar',
    };
    for (const { node } of data.federations.edges) {
      for (const [kind, url] of Object.entries(node.feeds) as Array<[keyof Feeds, string]>) {
        expect(url.startsWith(`${PUBLIC_URL}/`)).toBe(true);
        const response = await test.app.inject({ method: 'GET', url: url.slice(PUBLIC_URL.length) });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['content-type']).toBe(`${contentTypes[kind]}; charset=utf-8`);
        // Each names its own address; iCalendar folds long lines, so they are unfolded first.
        expect(response.body.replaceAll('\r\n ', '')).toContain(url);
      }
    }
  });
});
