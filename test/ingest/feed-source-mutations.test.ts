import type { FeedFetcher } from '@samverka/server/ingest/fetch-feed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInStaff, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { type FixtureServer, startFixtureServer } from './fixture-server.js';
import { rss } from './fixtures.js';
import { fixtureFetcher } from './support.js';

const FEDERATION = 'vo-college-skane';

const SOURCE_FIELDS = `id url kind language intervalMinutes enabled archivedAt nextRunAt lastSuccessAt itemCount
  lastRun { status created updated unchanged skipped imagesWithoutAlt errorCode errorMessage }`;

const ADD = `mutation ($f: String!, $i: AddFeedSourceInput!) {
  addFeedSource(federation: $f, input: $i) {
    __typename
    ... on AddFeedSourceSuccess { data { ${SOURCE_FIELDS} } }
    ... on InputProblem { field code message }
  }
}`;

const REFRESH = `mutation ($id: ID!) { refreshFeedSource(id: $id) {
  __typename ... on RefreshFeedSourceSuccess { data { ${SOURCE_FIELDS} } } ... on Problem { code message } } }`;

const UPDATE = `mutation ($id: ID!, $minutes: Int, $enabled: Boolean) {
  updateFeedSource(id: $id, intervalMinutes: $minutes, enabled: $enabled) {
    __typename
    ... on UpdateFeedSourceSuccess { data { ${SOURCE_FIELDS} } }
    ... on Problem { code message }
    ... on InputProblem { field } } }`;

const REMOVE = `mutation ($id: ID!) { removeFeedSource(id: $id) {
  __typename ... on RemoveFeedSourceSuccess { data { ${SOURCE_FIELDS} } } ... on Problem { code message } } }`;

const LIST = `query ($f: String!, $all: Boolean) { feedSources(federation: $f, includeArchived: $all) { ${SOURCE_FIELDS} } }`;

interface SourceData {
  id: string;
  url: string;
  enabled: boolean;
  archivedAt: string | null;
  nextRunAt: string | null;
  lastSuccessAt: string | null;
  itemCount: number;
  lastRun: {
    status: string;
    created: number;
    unchanged: number;
    errorCode: string | null;
    errorMessage: string | null;
  } | null;
}
type Result = { __typename: string; data?: SourceData; field?: string; code?: string; message?: string };

describe('managing feed sources through GraphQL', () => {
  let test: TestApp;
  let server: FixtureServer;
  let fetcher: FeedFetcher;
  let token: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    fetcher = fixtureFetcher();
    test = await startTestApp({ demo: true }, { feedPollIntervalMs: 0, feedFetcher: fetcher });
    token = (await logInStaff(test.app, test.database.db, FEDERATION)).publisher;
    server.set('/nyheter.rss', {
      body: rss([
        { title: 'Först', guid: 'f1', description: 'Text.' },
        { title: 'Sedan', guid: 'f2', description: 'Text.' },
      ]),
    });
  });
  afterAll(async () => {
    await test.close();
    await fetcher.close();
    await server.close();
  });

  const call = async (source: string, variables: Record<string, unknown>, field: string): Promise<Result> => {
    const response = await send<Record<string, Result>>(test.app, source, variables, { token });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data?.[field] as Result;
  };
  const add = (input: Record<string, unknown>) => call(ADD, { f: FEDERATION, i: input }, 'addFeedSource');
  const auditActions = async (subjectId: string) =>
    (
      await test.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', subjectId)
        .orderBy('at')
        .execute()
    ).map((entry) => entry.action);

  it('adds a source, imports it on demand and lists it with its last run', async () => {
    const added = await add({ url: server.url('/nyheter.rss'), kind: 'NEWS' });
    expect(added).toMatchObject({
      __typename: 'AddFeedSourceSuccess',
      data: { kind: 'NEWS', language: 'sv', intervalMinutes: 60, enabled: true, itemCount: 0, lastRun: null },
    });
    const id = added.data?.id as string;

    const refreshed = await call(REFRESH, { id }, 'refreshFeedSource');
    expect(refreshed.data).toMatchObject({ itemCount: 2, lastRun: { status: 'OK', created: 2, errorCode: null } });
    expect(refreshed.data?.lastSuccessAt).not.toBeNull();

    const list = await send<{ feedSources: SourceData[] }>(test.app, LIST, { f: FEDERATION }, { token });
    expect(list.data?.feedSources).toMatchObject([{ id, itemCount: 2, lastRun: { status: 'OK', created: 2 } }]);
    expect(await auditActions(await sourceIdOf(id))).toEqual(['feed_source.added', 'feed_source.imported']);
  });

  /** The database id behind a global id, for looking at the audit log. */
  async function sourceIdOf(globalId: string): Promise<string> {
    const url = (
      await send<{ feedSources: SourceData[] }>(test.app, LIST, { f: FEDERATION, all: true }, { token })
    ).data?.feedSources.find((source) => source.id === globalId)?.url;
    const row = await test.database.db
      .selectFrom('feed_sources')
      .select('id')
      .where('url', '=', url ?? '')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it('says which field to fix', async () => {
    expect(await add({ url: 'ftp://forbundet.example/feed', kind: 'NEWS' })).toMatchObject({
      __typename: 'InputProblem',
      field: 'url',
      code: 'INVALID_URL',
    });
    expect(await add({ url: 'https://anna:hemligt@forbundet.example/feed', kind: 'NEWS' })).toMatchObject({
      field: 'url',
      code: 'INVALID_URL',
    });
    expect(await add({ url: 'https://forbundet.example/feed', kind: 'NEWS', intervalMinutes: 1 })).toMatchObject({
      field: 'intervalMinutes',
      code: 'INVALID_INTERVAL',
    });
    expect(await add({ url: server.url('/nyheter.rss'), kind: 'NEWS' })).toMatchObject({
      field: 'url',
      code: 'FEED_SOURCE_EXISTS',
    });
  });

  it('records a hostile source’s refusal on it, and the server carries on', async () => {
    server.set('/farlig.rss', {
      body: '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>',
    });
    const added = await add({ url: server.url('/farlig.rss'), kind: 'NEWS' });
    const refreshed = await call(REFRESH, { id: added.data?.id }, 'refreshFeedSource');
    expect(refreshed.data?.lastRun).toMatchObject({ status: 'FAILED', errorCode: 'FEED_HOSTILE', created: 0 });
    expect(refreshed.data?.lastRun?.errorMessage).toMatch(/external DTD|entities/);
    expect(refreshed.data?.lastSuccessAt).toBeNull();
    expect((await test.app.inject({ url: '/health' })).statusCode).toBe(200);
  });

  it('switches a source off and on and changes its interval', async () => {
    server.set('/av-och-pa.rss', { body: rss([{ title: 'A', guid: 'a', description: 'Text.' }]) });
    const id = (await add({ url: server.url('/av-och-pa.rss'), kind: 'NEWS' })).data?.id;
    const off = await call(UPDATE, { id, enabled: false, minutes: 240 }, 'updateFeedSource');
    expect(off.data).toMatchObject({ enabled: false, nextRunAt: null, intervalMinutes: 240 });
    const on = await call(UPDATE, { id, enabled: true }, 'updateFeedSource');
    expect(on.data).toMatchObject({ enabled: true, intervalMinutes: 240 });
    expect(Date.parse(on.data?.nextRunAt ?? '')).toBeLessThanOrEqual(Date.now() + 1000);
    expect(await call(UPDATE, { id, minutes: 100_000 }, 'updateFeedSource')).toMatchObject({
      __typename: 'InputProblem',
      field: 'intervalMinutes',
    });
  });

  it('archives a removed source and keeps its items; adding it again brings it back without duplicates', async () => {
    server.set('/arkiv.rss', { body: rss([{ title: 'Sparas', guid: 's1', description: 'Text.' }]) });
    const id = (await add({ url: server.url('/arkiv.rss'), kind: 'NEWS' })).data?.id as string;
    await call(REFRESH, { id }, 'refreshFeedSource');

    const removed = await call(REMOVE, { id }, 'removeFeedSource');
    expect(removed.data).toMatchObject({ enabled: false, itemCount: 1, nextRunAt: null });
    expect(removed.data?.archivedAt).not.toBeNull();
    const item = await test.database.db
      .selectFrom('news_items')
      .select('status')
      .where('title', '=', 'Sparas')
      .executeTakeFirstOrThrow();
    expect(item.status).toBe('published');

    const active = await send<{ feedSources: SourceData[] }>(test.app, LIST, { f: FEDERATION }, { token });
    expect(active.data?.feedSources.map((source) => source.id)).not.toContain(id);
    const all = await send<{ feedSources: SourceData[] }>(test.app, LIST, { f: FEDERATION, all: true }, { token });
    expect(all.data?.feedSources.map((source) => source.id)).toContain(id);
    expect(await call(REFRESH, { id }, 'refreshFeedSource')).toMatchObject({ __typename: 'NotFound' });

    const back = await add({ url: server.url('/arkiv.rss'), kind: 'NEWS' });
    expect(back.data).toMatchObject({ id, archivedAt: null, enabled: true, itemCount: 1 });
    expect((await call(REFRESH, { id }, 'refreshFeedSource')).data?.lastRun).toMatchObject({
      created: 0,
      unchanged: 1,
    });
    expect(await auditActions(await sourceIdOf(id))).toEqual([
      'feed_source.added',
      'feed_source.imported',
      'feed_source.removed',
      'feed_source.restored',
      'feed_source.imported',
    ]);
  });
});
