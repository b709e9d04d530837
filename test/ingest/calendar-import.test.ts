import type { DatabaseHandle } from '@samverka/db/connection';
import { listRevisionsOf } from '@samverka/db/revisions';
import type { FeedFetcher } from '@samverka/server/ingest/fetch-feed';
import { runFeedSource } from '@samverka/server/ingest/run-feed-source';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureServer } from './fixture-server.js';
import { type IcsEvent, ics } from './fixtures.js';
import { closeIngestFixtures, openIngestFixtures, seedSource } from './support.js';

const EVENTS: IcsEvent[] = [
  {
    uid: 'konferens-2027@forbundet.example',
    summary: 'Regional konferens om kompetensförsörjning',
    start: 'DTSTART:20270115T080000Z',
    end: 'DTEND:20270115T150000Z',
    description: 'Första stycket <script>alert(1)</script>.\\n\\nAndra stycket.',
    location: 'Malmö Live',
    url: 'https://forbundet.example/kalender/konferens',
  },
  {
    uid: 'temadag@forbundet.example',
    summary: 'Temadag',
    start: 'DTSTART;VALUE=DATE:20270120',
    end: 'DTEND;VALUE=DATE:20270121',
  },
  {
    uid: 'handledare@forbundet.example',
    summary: 'Handledarträff',
    start: 'DTSTART;TZID=Europe/Stockholm:20270601T100000',
    end: 'DTEND;TZID=Europe/Stockholm:20270601T120000',
  },
];

describe('importing a calendar', () => {
  let database: DatabaseHandle;
  let server: FixtureServer;
  let fetcher: FeedFetcher;

  beforeAll(async () => {
    ({ database, server, fetcher } = await openIngestFixtures());
  });
  afterAll(() => closeIngestFixtures({ database, server, fetcher }));

  const run = (sourceId: string) => runFeedSource({ db: database.db, fetcher }, sourceId, null);
  const eventsOf = (sourceId: string) =>
    database.db
      .selectFrom('events')
      .select([
        'id',
        'title',
        'description_html',
        'starts_at',
        'ends_at',
        'place_name',
        'status',
        'source_url',
        'source_key',
      ])
      .where('feed_source_id', '=', sourceId)
      .orderBy('starts_at')
      .execute();

  it('imports events with their times, place and page; dates without a zone are the federation’s', async () => {
    server.set('/kalender.ics', { body: ics(EVENTS), type: 'text/calendar; charset=utf-8' });
    const source = await seedSource(database.db, { url: server.url('/kalender.ics'), kind: 'events' });
    expect(await run(source.id)).toMatchObject({ status: 'ok', created: 3 });

    const [conference, themeDay, meeting] = await eventsOf(source.id);
    expect(conference).toMatchObject({
      title: 'Regional konferens om kompetensförsörjning',
      starts_at: new Date('2027-01-15T08:00:00Z'),
      ends_at: new Date('2027-01-15T15:00:00Z'),
      place_name: 'Malmö Live',
      status: 'published',
      source_url: 'https://forbundet.example/kalender/konferens',
      source_key: 'konferens-2027@forbundet.example',
    });
    expect(conference?.description_html).toBe(
      '<p>Första stycket &lt;script&gt;alert(1)&lt;/script&gt;.</p><p>Andra stycket.</p>',
    );
    // All day in Skåne: from midnight to midnight, Stockholm time.
    expect(themeDay).toMatchObject({
      starts_at: new Date('2027-01-19T23:00:00Z'),
      ends_at: new Date('2027-01-20T23:00:00Z'),
    });
    // Summer time in Stockholm is two hours ahead of UTC.
    expect(meeting?.starts_at).toEqual(new Date('2027-06-01T08:00:00Z'));
  });

  it('imports again without duplicates, updates a moved event and mirrors a cancellation', async () => {
    server.set('/andra.ics', { body: ics(EVENTS), type: 'text/calendar' });
    const source = await seedSource(database.db, { url: server.url('/andra.ics'), kind: 'events' });
    await run(source.id);
    expect(await run(source.id)).toMatchObject({ status: 'ok', created: 0, updated: 0, unchanged: 3 });

    const changed = [
      { ...(EVENTS[0] as IcsEvent), location: 'Lunds universitet' },
      { ...(EVENTS[1] as IcsEvent), status: 'CANCELLED' },
      EVENTS[2] as IcsEvent,
    ];
    server.set('/andra.ics', { body: ics(changed), type: 'text/calendar' });
    expect(await run(source.id)).toMatchObject({ status: 'ok', created: 0, updated: 2, unchanged: 1 });
    const [conference, themeDay] = await eventsOf(source.id);
    expect(conference?.place_name).toBe('Lunds universitet');
    expect(themeDay?.status).toBe('cancelled');
    expect(await eventsOf(source.id)).toHaveLength(3);
    // Each import is a revision without an author, so what a calendar changed can be traced and undone.
    const history = await listRevisionsOf(database.db, 'event', [conference?.id ?? '']);
    expect(history.map(({ revision, change, author_id }) => [revision, change, author_id])).toEqual([
      [2, 'imported', null],
      [1, 'created', null],
    ]);
  });

  it('drops control characters, which the database would refuse in text', async () => {
    server.set('/nul.ics', {
      body: ics([
        { uid: 'nul\u0000@forbundet.example', summary: 'Möte\u0000 i Ystad', start: 'DTSTART:20270301T080000Z' },
      ]),
      type: 'text/calendar',
    });
    const source = await seedSource(database.db, { url: server.url('/nul.ics'), kind: 'events' });
    expect(await run(source.id)).toMatchObject({ status: 'ok', created: 1 });
    expect(await eventsOf(source.id)).toMatchObject([{ title: 'Möte i Ystad', source_key: 'nul@forbundet.example' }]);
  });

  it('refuses a calendar that is not one', async () => {
    server.set('/trasig.ics', {
      body: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nthis is not a property\r\n',
      type: 'text/calendar',
    });
    const source = await seedSource(database.db, { url: server.url('/trasig.ics'), kind: 'events' });
    expect(await run(source.id)).toMatchObject({ status: 'failed', errorCode: 'FEED_MALFORMED' });
    expect(await eventsOf(source.id)).toEqual([]);
  });
});
