import type { DatabaseHandle } from '@samverka/db/connection';
import { AddressPolicy } from '@samverka/server/ingest/address-policy';
import { createFeedFetcher, type FeedFetcher, MAX_FEED_BYTES } from '@samverka/server/ingest/fetch-feed';
import { runFeedSource } from '@samverka/server/ingest/run-feed-source';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureServer } from './fixture-server.js';
import { rss } from './fixtures.js';
import { closeIngestFixtures, importedNews, openIngestFixtures, seedSource } from './support.js';

const GOOD = rss([{ title: 'En bra nyhet', guid: 'bra-1', description: 'Text.' }]);

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><guid>x</guid></item></channel></rss>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>T</title><item><title>&secret;</title><guid>x</guid></item></channel></rss>`;

const EXTERNAL_DTD = `<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "http://127.0.0.1:1/evil.dtd">
<rss version="2.0"><channel><title>T</title><item><title>A</title><guid>x</guid></item></channel></rss>`;

/** Sends a feed without end, as fast as the reader takes it: only a limit checked while streaming stops it. */
function endless(response: import('node:http').ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/rss+xml' });
  response.write('<?xml version="1.0"?><rss version="2.0"><channel><title>');
  const chunk = 'x'.repeat(64 * 1024);
  const pump = () => {
    while (!response.destroyed && response.write(chunk)) {}
    if (!response.destroyed) response.once('drain', pump);
  };
  response.on('close', () => response.removeAllListeners('drain'));
  pump();
}

/** A byte every half second, for ever: each read is quick, the whole is not. */
function trickle(response: import('node:http').ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/rss+xml' });
  response.write('<?xml version="1.0"?><rss version="2.0"><channel><title>');
  const timer = setInterval(() => response.write('x'), 500);
  response.on('close', () => clearInterval(timer));
}

describe('hostile, broken and unreachable sources', () => {
  let database: DatabaseHandle;
  let server: FixtureServer;
  let fetcher: FeedFetcher;
  let strict: FeedFetcher;

  beforeAll(async () => {
    ({ database, server, fetcher } = await openIngestFixtures());
    strict = createFeedFetcher({ addressPolicy: new AddressPolicy() });
  });
  afterAll(async () => {
    await strict.close();
    await closeIngestFixtures({ database, server, fetcher });
  });

  /** Serves `fixture` at a fresh path, runs a source of it, and returns the result and what the source recorded. */
  async function runOn(fixture: Parameters<FixtureServer['set']>[1], using = fetcher) {
    const path = `/feed-${Math.random().toString(36).slice(2)}`;
    server.set(path, fixture);
    const source = await seedSource(database.db, { url: server.url(path) });
    const result = await runFeedSource({ db: database.db, fetcher: using }, source.id, null);
    const stored = await database.db
      .selectFrom('feed_sources')
      .select(['last_status', 'last_error_code', 'last_error'])
      .where('id', '=', source.id)
      .executeTakeFirstOrThrow();
    return { path, source, result, stored, items: await importedNews(database.db, source.id) };
  }

  it('refuses malformed XML and imports none of it, even the entries before the break', async () => {
    const truncated = GOOD.slice(0, GOOD.indexOf('</channel>'));
    const { result, stored, items } = await runOn({ body: truncated });
    expect(result).toMatchObject({ status: 'failed', errorCode: 'FEED_MALFORMED', created: 0 });
    expect(stored).toMatchObject({ last_status: 'failed', last_error_code: 'FEED_MALFORMED' });
    expect(stored.last_error).toMatch(/not well-formed XML/);
    expect(items).toEqual([]);
  });

  it('refuses what is not a feed at all', async () => {
    const { result } = await runOn({ body: '<html><body>Hej</body></html>', type: 'text/html' });
    expect(result).toMatchObject({ status: 'failed', errorCode: 'FEED_MALFORMED' });
  });

  it('stops reading an endless feed at 5 MB, while it streams', async () => {
    const { result, stored } = await runOn(endless);
    expect(result).toMatchObject({ status: 'failed', errorCode: 'FEED_TOO_LARGE' });
    expect(stored.last_error).toMatch(/more than 5 MB/);
  });

  it('refuses a feed that announces more than 5 MB without reading it', async () => {
    const { result } = await runOn((response) => {
      response.writeHead(200, { 'content-length': String(MAX_FEED_BYTES + 1) });
      response.write('<rss>');
    });
    expect(result).toMatchObject({ status: 'failed', errorCode: 'FEED_TOO_LARGE' });
  });

  it('gives up on a source that takes longer than 10 seconds in all', async () => {
    const started = Date.now();
    const running = runOn(trickle);
    // Meanwhile the database answers at once: no connection waits on the source (PGlite has only one).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const asked = Date.now();
    await database.db.selectFrom('federations').select('id').limit(1).execute();
    expect(Date.now() - asked).toBeLessThan(1000);
    const { result, stored } = await running;
    const seconds = (Date.now() - started) / 1000;
    expect(result).toMatchObject({ status: 'failed', errorCode: 'FEED_TIMEOUT' });
    expect(stored.last_error).toMatch(/longer than 10 seconds/);
    expect(seconds).toBeGreaterThanOrEqual(9.5);
    expect(seconds).toBeLessThan(14);
  }, 20_000);

  it('refuses entity expansion (billion laughs)', async () => {
    const started = Date.now();
    const { result, items } = await runOn({ body: BILLION_LAUGHS });
    expect(result).toMatchObject({ status: 'failed', errorCode: 'FEED_HOSTILE' });
    expect(result?.errorMessage).toMatch(/ENTITY/);
    expect(items).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses external entities and external DTDs', async () => {
    const entity = await runOn({ body: EXTERNAL_ENTITY });
    expect(entity.result).toMatchObject({ status: 'failed', errorCode: 'FEED_HOSTILE' });
    expect(entity.items).toEqual([]);
    const dtd = await runOn({ body: EXTERNAL_DTD });
    expect(dtd.result).toMatchObject({ status: 'failed', errorCode: 'FEED_HOSTILE' });
  });

  it('refuses a source on a loopback address unless the operator allows it, without connecting', async () => {
    const { path, result, stored } = await runOn({ body: GOOD }, strict);
    expect(result).toMatchObject({ status: 'failed', errorCode: 'FEED_ADDRESS_REFUSED' });
    expect(stored.last_error).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(server.requests(path)).toEqual([]);
  });

  it('checks the address a name resolves to, as it connects', async () => {
    const path = '/by-name';
    server.set(path, { body: GOOD });
    const source = await seedSource(database.db, { url: `http://localhost:${new URL(server.origin).port}${path}` });
    const result = await runFeedSource({ db: database.db, fetcher: strict }, source.id, null);
    expect(result).toMatchObject({ status: 'failed', errorCode: 'FEED_ADDRESS_REFUSED' });
    expect(result?.errorMessage).toMatch(/localhost resolves to/);
    expect(server.requests(path)).toEqual([]);
  });

  it('checks every redirect, and follows only a few', async () => {
    const metadata = await runOn((response) =>
      response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    );
    expect(metadata.result).toMatchObject({ status: 'failed', errorCode: 'FEED_ADDRESS_REFUSED' });
    expect(metadata.result?.errorMessage).toMatch(/link-local/);

    server.set('/loop', (response) => response.writeHead(301, { location: '/loop' }).end());
    const loop = await runOn((response) => response.writeHead(302, { location: '/loop' }).end());
    expect(loop.result).toMatchObject({ status: 'failed', errorCode: 'FEED_TOO_MANY_REDIRECTS' });

    server.set('/moved-here', { body: GOOD });
    const moved = await runOn((response) => response.writeHead(301, { location: '/moved-here' }).end());
    expect(moved.result).toMatchObject({ status: 'ok', created: 1 });
  });

  it('records an HTTP error with its status', async () => {
    const { result } = await runOn((response) => response.writeHead(500).end('oops'));
    expect(result).toMatchObject({ status: 'failed', errorCode: 'FEED_HTTP_STATUS' });
    expect(result?.errorMessage).toMatch(/HTTP 500/);
  });

  it('keeps nothing of a run that fails while storing, and records why', async () => {
    // A real failure in the database half-way through the entries: the second one is refused.
    await sql`CREATE FUNCTION refuse_bomb() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.title = 'Bomb' THEN RAISE EXCEPTION 'no bombs here'; END IF; RETURN NEW; END $$`.execute(
      database.db,
    );
    await sql`CREATE TRIGGER refuse_bomb BEFORE INSERT ON news_items FOR EACH ROW EXECUTE FUNCTION refuse_bomb()`.execute(
      database.db,
    );
    const body = rss([
      { title: 'Först', guid: 'a', description: 'Text.' },
      { title: 'Bomb', guid: 'b', description: 'Text.' },
    ]);
    const { result, stored, items } = await runOn({ body });
    expect(result).toMatchObject({ status: 'failed', errorCode: 'IMPORT_FAILED' });
    expect(stored.last_error).toMatch(/no bombs here/);
    expect(items).toEqual([]);
    await sql`DROP TRIGGER refuse_bomb ON news_items`.execute(database.db);
  });
});
