import type { DatabaseHandle } from '@samverka/db/connection';
import type { FeedFetcher } from '@samverka/server/ingest/fetch-feed';
import { runFeedSource } from '@samverka/server/ingest/run-feed-source';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureServer } from './fixture-server.js';
import { atom, type RssItem, rss } from './fixtures.js';
import { closeIngestFixtures, importedNews, openIngestFixtures, seedSource } from './support.js';

const FIRST: RssItem[] = [
  {
    title: 'Ny utbildning för undersköterskor',
    guid: 'nyhet-1',
    link: 'https://forbundet.example/nyheter/1',
    description: 'Kort om utbildningen.',
    content:
      '<p>Anmälan öppnar <strong>i januari</strong>.</p><script>alert(1)</script><p onclick="x()">Välkommen!</p><img src="https://forbundet.example/bild.jpg"><img src="https://forbundet.example/ok.jpg" alt="Kursdeltagare">',
    pubDate: 'Mon, 30 Nov 2026 10:00:00 GMT',
  },
  {
    title: 'Handledarträff i Lund',
    guid: 'nyhet-2',
    link: 'https://forbundet.example/nyheter/2',
    description: '<p>Träffen hålls i <a href="/lund">Lund</a>.</p>',
    pubDate: 'Tue, 01 Dec 2026 08:00:00 GMT',
  },
];

describe('importing a news feed', () => {
  let database: DatabaseHandle;
  let server: FixtureServer;
  let fetcher: FeedFetcher;

  beforeAll(async () => {
    ({ database, server, fetcher } = await openIngestFixtures());
  });
  afterAll(() => closeIngestFixtures({ database, server, fetcher }));

  const run = (sourceId: string) => runFeedSource({ db: database.db, fetcher }, sourceId, null);

  it('imports new entries as published news with their source URL, sanitised', async () => {
    server.set('/rss', { body: rss(FIRST) });
    const source = await seedSource(database.db, { url: server.url('/rss') });
    const result = await run(source.id);
    expect(result).toMatchObject({ status: 'ok', created: 2, updated: 0, unchanged: 0, imagesWithoutAlt: 1 });

    const items = await importedNews(database.db, source.id);
    expect(items).toHaveLength(2);
    const [first, second] = items;
    expect(first).toMatchObject({
      title: 'Ny utbildning för undersköterskor',
      summary: 'Kort om utbildningen.',
      status: 'published',
      source_url: 'https://forbundet.example/nyheter/1',
      language: 'sv',
      revision: 1,
    });
    expect(first?.body_html).toContain('<strong>i januari</strong>');
    expect(first?.body_html).not.toMatch(/script|onclick|alert/);
    // The image without alt text is left out; the described one stays.
    expect(first?.body_html).not.toContain('bild.jpg');
    expect(first?.body_html).toContain('alt="Kursdeltagare"');
    // With no full content, the description is the text and the summary is drawn from it.
    // Its relative link now leads to the federation's site, not to the hub.
    expect(second).toMatchObject({
      summary: 'Träffen hålls i Lund.',
      body_html: '<p>Träffen hålls i <a href="https://forbundet.example/lund" rel="noopener noreferrer">Lund</a>.</p>',
    });

    const revisions = await database.db
      .selectFrom('news_revisions')
      .select(['author_id', 'change'])
      .where('news_item_id', '=', first?.id ?? '')
      .execute();
    expect(revisions).toEqual([{ author_id: null, change: 'imported' }]);

    const stored = await database.db
      .selectFrom('feed_sources')
      .selectAll()
      .where('id', '=', source.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ last_status: 'ok', last_created: 2, last_error: null });
    expect(stored.next_run_at.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
  });

  it('imports again without duplicates and writes nothing for unchanged entries', async () => {
    server.set('/rss-twice', { body: rss(FIRST) });
    const source = await seedSource(database.db, { url: server.url('/rss-twice') });
    await run(source.id);
    const before = await importedNews(database.db, source.id);
    const revisionsBefore = await database.db
      .selectFrom('news_revisions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();

    expect(await run(source.id)).toMatchObject({ status: 'ok', created: 0, updated: 0, unchanged: 2 });
    expect(await importedNews(database.db, source.id)).toEqual(before);
    const revisionsAfter = await database.db
      .selectFrom('news_revisions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(revisionsAfter.n)).toBe(Number(revisionsBefore.n));
  });

  it('updates a changed entry as a new revision by no one, with change "imported"', async () => {
    server.set('/rss-changing', { body: rss(FIRST) });
    const source = await seedSource(database.db, { url: server.url('/rss-changing') });
    await run(source.id);
    const changed = FIRST.map((item, index) => (index === 1 ? { ...item, title: 'Handledarträff i Malmö' } : item));
    server.set('/rss-changing', { body: rss(changed) });

    expect(await run(source.id)).toMatchObject({ status: 'ok', created: 0, updated: 1, unchanged: 1 });
    const item = (await importedNews(database.db, source.id)).find((news) => news.source_key === 'nyhet-2');
    expect(item).toMatchObject({ title: 'Handledarträff i Malmö', revision: 2, status: 'published' });
    const revisions = await database.db
      .selectFrom('news_revisions')
      .select(['revision', 'author_id', 'change', 'title'])
      .where('news_item_id', '=', item?.id ?? '')
      .orderBy('revision')
      .execute();
    expect(revisions).toEqual([
      { revision: 1, author_id: null, change: 'imported', title: 'Handledarträff i Lund' },
      { revision: 2, author_id: null, change: 'imported', title: 'Handledarträff i Malmö' },
    ]);
  });

  it('asks conditionally; a 304 is a successful run with nothing new', async () => {
    server.set('/rss-cached', { body: rss(FIRST), etag: '"v1"', lastModified: 'Mon, 30 Nov 2026 10:00:00 GMT' });
    const source = await seedSource(database.db, { url: server.url('/rss-cached') });
    expect(await run(source.id)).toMatchObject({ status: 'ok', created: 2 });
    expect(await run(source.id)).toMatchObject({ status: 'not_modified', created: 0, updated: 0 });

    const [first, second] = server.requests('/rss-cached');
    expect(first?.['if-none-match']).toBeUndefined();
    expect(second).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Mon, 30 Nov 2026 10:00:00 GMT' });
    const stored = await database.db
      .selectFrom('feed_sources')
      .select(['last_status', 'last_success_at', 'etag'])
      .where('id', '=', source.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ last_status: 'not_modified', etag: '"v1"' });
    expect(stored.last_success_at).not.toBeNull();
  });

  it('reads Atom, with HTML titles as plain text, and recognises entries by link when they have no guid', async () => {
    server.set('/atom', {
      type: 'application/atom+xml',
      body: atom([
        {
          id: 'urn:nyhet:a1',
          title: 'Vård &amp;amp; omsorg &lt;i&gt;idag&lt;/i&gt;',
          link: 'https://forbundet.example/a1',
          content: '&lt;p&gt;Text.&lt;/p&gt;',
          updated: '2026-11-29T09:00:00Z',
        },
      ]),
    });
    const atomSource = await seedSource(database.db, { url: server.url('/atom') });
    expect(await run(atomSource.id)).toMatchObject({ status: 'ok', created: 1 });
    expect(await importedNews(database.db, atomSource.id)).toMatchObject([
      { title: 'Vård & omsorg idag', body_html: '<p>Text.</p>', source_key: 'urn:nyhet:a1' },
    ]);

    const noGuid = [{ title: 'Utan guid', link: 'https://forbundet.example/utan-guid', description: 'Text.' }];
    server.set('/no-guid', { body: rss(noGuid, { language: 'en-GB' }) });
    const linkSource = await seedSource(database.db, { url: server.url('/no-guid') });
    await run(linkSource.id);
    expect(await run(linkSource.id)).toMatchObject({ created: 0, unchanged: 1 });
    expect(await importedNews(database.db, linkSource.id)).toMatchObject([
      { source_key: 'https://forbundet.example/utan-guid', language: 'en' },
    ]);
  });

  it('leaves out entries it could not recognise next time, and says so', async () => {
    server.set('/unkeyed', { body: rss([{ title: 'Ingen nyckel', description: 'Text.' }, FIRST[1] as RssItem]) });
    const source = await seedSource(database.db, { url: server.url('/unkeyed') });
    expect(await run(source.id)).toMatchObject({ status: 'ok', created: 1, skipped: 1 });
  });
});
