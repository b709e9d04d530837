import type { DatabaseHandle } from '@samverka/db/connection';
import { claimFeedSource } from '@samverka/db/feed-runs';
import { pollDueFeeds } from '@samverka/server/ingest/feed-poller';
import type { FeedFetcher } from '@samverka/server/ingest/fetch-feed';
import { runFeedSource } from '@samverka/server/ingest/run-feed-source';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp } from '../support/app.js';
import { type FixtureServer, startFixtureServer } from './fixture-server.js';
import { rss } from './fixtures.js';
import { closeIngestFixtures, fixtureFetcher, importedNews, openIngestFixtures, seedSource } from './support.js';

describe('polling due sources', () => {
  let database: DatabaseHandle;
  let server: FixtureServer;
  let fetcher: FeedFetcher;

  beforeAll(async () => {
    ({ database, server, fetcher } = await openIngestFixtures());
  });
  afterAll(() => closeIngestFixtures({ database, server, fetcher }));

  it('never imports a source twice when two pollers run at once', async () => {
    const paths = ['/a', '/b', '/c', '/d'];
    const sources = [];
    for (const path of paths) {
      // Slow enough that both pollers are busy at the same time.
      server.set(path, (response) => {
        setTimeout(() => {
          response.writeHead(200, { 'content-type': 'application/rss+xml' });
          response.end(rss([{ title: `Nyhet ${path}`, guid: path, description: 'Text.' }]));
        }, 300);
      });
      sources.push(await seedSource(database.db, { url: server.url(path) }));
    }

    const [first, second] = await Promise.all([
      pollDueFeeds({ db: database.db, fetcher }),
      pollDueFeeds({ db: database.db, fetcher }),
    ]);
    const ran = [...first, ...second].map((result) => result.sourceId);
    expect(ran.sort()).toEqual(sources.map((source) => source.id).sort());
    for (const path of paths) expect(server.requests(path)).toHaveLength(1);
    for (const source of sources) expect(await importedNews(database.db, source.id)).toHaveLength(1);

    // Done for their interval: a poll now finds nothing due.
    expect(await pollDueFeeds({ db: database.db, fetcher })).toEqual([]);
  });

  it('does not wait for a source another instance is importing, nor run it twice', async () => {
    server.set('/held', { body: rss([{ title: 'Hållen', guid: 'h', description: 'Text.' }]) });
    const source = await seedSource(database.db, { url: server.url('/held') });
    // Another instance claims it and is busy fetching it.
    expect(await claimFeedSource(database.db, source.id)).toMatchObject({ id: source.id });
    expect(await runFeedSource({ db: database.db, fetcher }, source.id, null)).toMatchObject({ status: 'busy' });
    expect(await pollDueFeeds({ db: database.db, fetcher })).toEqual([]);
    expect(server.requests('/held')).toEqual([]);
    // A claim whose instance died lapses, and the source is due again.
    await database.db
      .updateTable('feed_sources')
      .set({ claimed_until: sql<Date>`now() - interval '1 second'` })
      .where('id', '=', source.id)
      .execute();
    expect(await pollDueFeeds({ db: database.db, fetcher })).toMatchObject([{ sourceId: source.id, created: 1 }]);
  });

  it('leaves switched-off sources alone, and polls a source again once its interval is over', async () => {
    server.set('/off', { body: rss([{ title: 'Av', guid: 'av', description: 'Text.' }]) });
    const off = await seedSource(database.db, { url: server.url('/off') });
    await database.db.updateTable('feed_sources').set({ enabled: false }).where('id', '=', off.id).execute();
    server.set('/again', { body: rss([{ title: 'Igen', guid: 'igen', description: 'Text.' }]) });
    const again = await seedSource(database.db, { url: server.url('/again') });

    expect((await pollDueFeeds({ db: database.db, fetcher })).map((result) => result.sourceId)).toEqual([again.id]);
    await database.db
      .updateTable('feed_sources')
      .set({ next_run_at: sql<Date>`now() - interval '1 second'` })
      .where('id', '=', again.id)
      .execute();
    expect(await pollDueFeeds({ db: database.db, fetcher })).toMatchObject([{ sourceId: again.id, unchanged: 1 }]);
    expect(server.requests('/off')).toEqual([]);
  });
});

describe('the server’s poller', () => {
  it('imports a due source by itself, on its interval', async () => {
    const server = await startFixtureServer();
    const fetcher = fixtureFetcher();
    const test = await startTestApp({ demo: true }, { feedPollIntervalMs: 100, feedFetcher: fetcher });
    try {
      server.set('/poll', { body: rss([{ title: 'Av sig själv', guid: 'sjalv', description: 'Text.' }]) });
      const source = await seedSource(test.database.db, { url: server.url('/poll') });
      await vi.waitFor(async () => expect(await importedNews(test.database.db, source.id)).toHaveLength(1), {
        timeout: 10_000,
        interval: 100,
      });
    } finally {
      await test.close();
      await fetcher.close();
      await server.close();
    }
  });
});
