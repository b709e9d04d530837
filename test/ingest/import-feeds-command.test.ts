import type { DatabaseHandle } from '@samverka/db/connection';
import { ImportFeedsError, importFeeds } from '@samverka/server/import-feeds-command';
import type { FeedFetcher } from '@samverka/server/ingest/fetch-feed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureServer } from './fixture-server.js';
import { ics, rss } from './fixtures.js';
import { closeIngestFixtures, importedNews, openIngestFixtures, seedSource } from './support.js';

describe('npm run cli -- import-feeds', () => {
  let database: DatabaseHandle;
  let server: FixtureServer;
  let fetcher: FeedFetcher;

  beforeAll(async () => {
    ({ database, server, fetcher } = await openIngestFixtures());
    server.set('/skane.rss', {
      body: rss([
        { title: 'Ett', guid: '1', description: 'Text.' },
        { title: 'Två', guid: '2', description: 'Text.' },
      ]),
    });
    server.set('/skane.ics', {
      type: 'text/calendar',
      body: ics([{ uid: 'e1', summary: 'Möte', start: 'DTSTART:20270115T080000Z', end: 'DTEND:20270115T090000Z' }]),
    });
    server.set('/gr.rss', { body: '<rss><channel>' });
    await seedSource(database.db, { url: server.url('/skane.rss') });
    await seedSource(database.db, { url: server.url('/skane.ics'), kind: 'events' });
    await seedSource(database.db, { url: server.url('/gr.rss'), federation: 'goteborgsregionen' });
  });
  afterAll(() => closeIngestFixtures({ database, server, fetcher }));

  it('imports one federation’s sources now, with a progress line per source', async () => {
    const lines: string[] = [];
    const results = await importFeeds(database.db, fetcher, { federation: 'vo-college-skane' }, (line) =>
      lines.push(line),
    );
    expect(results.map((result) => result?.status)).toEqual(['ok', 'ok']);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\[1\/2\] vo-college-skane http:\/\/127\.0\.0\.1:\d+\/skane\.rss: 2 new, 0 updated, 0 unchanged \(\d+\.\d s\)$/,
    );
    expect(lines[1]).toMatch(/^\[2\/2\] vo-college-skane .*\/skane\.ics: 1 new, 0 updated, 0 unchanged/);
    expect(server.requests('/gr.rss')).toEqual([]);
  });

  it('imports every federation’s sources, whether due or not, and reports failures', async () => {
    const lines: string[] = [];
    const results = await importFeeds(database.db, fetcher, {}, (line) => lines.push(line));
    expect(results.map((result) => result?.status)).toEqual(['failed', 'ok', 'ok']);
    expect(lines[0]).toMatch(/^\[1\/3\] goteborgsregionen .*: FAILED FEED_MALFORMED: /);
    expect(lines[1]).toMatch(/^\[2\/3\] vo-college-skane .*: 0 new, 0 updated, 2 unchanged/);
    expect(server.requests('/skane.rss')).toHaveLength(2);
    const skane = await database.db
      .selectFrom('feed_sources')
      .select('id')
      .where('url', '=', server.url('/skane.rss'))
      .executeTakeFirstOrThrow();
    expect(await importedNews(database.db, skane.id)).toHaveLength(2);
  });

  it('names an unknown federation', async () => {
    await expect(importFeeds(database.db, fetcher, { federation: 'finns-inte' }, () => {})).rejects.toThrow(
      ImportFeedsError,
    );
  });
});
