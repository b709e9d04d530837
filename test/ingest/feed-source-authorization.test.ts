import { encodeGlobalId } from '@samverka/schema/global-id';
import type { FeedFetcher } from '@samverka/server/ingest/fetch-feed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, logInStaff, seedUser, send } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { type FixtureServer, startFixtureServer } from './fixture-server.js';
import { rss } from './fixtures.js';
import { fixtureFetcher, seedSource } from './support.js';

type Caller = 'anonymous' | 'platform admin' | 'admin' | 'publisher' | 'editor' | 'other admin' | 'no role';

const CALLERS: Caller[] = ['anonymous', 'platform admin', 'admin', 'publisher', 'editor', 'other admin', 'no role'];
const OWN = 'vo-college-skane';
const OTHER = 'akademi-norr';

/**
 * Feed sources decide what a federation publishes, so they are managed by the people who publish:
 * its admins and publishers (and platform admins). Editors write drafts only; they neither add
 * sources nor see how the imports go.
 */
const MANAGERS: Caller[] = ['platform admin', 'admin', 'publisher'];
const PLATFORM: Caller[] = ['platform admin'];

interface Attempt {
  name: string;
  allowed: Caller[];
  run(token: string | undefined): Promise<{ errors?: Array<{ extensions?: { code?: string } }> }>;
}

describe('authorization matrix: feed sources', () => {
  let test: TestApp;
  let server: FixtureServer;
  let fetcher: FeedFetcher;
  const tokens = new Map<Caller, string | undefined>();
  let count = 0;

  const gql = (source: string, variables: Record<string, unknown>, token: string | undefined) =>
    send(test.app, source, variables, { token });

  /** A fresh source of the federation, due now, as a global id. */
  async function sourceIn(federation: string): Promise<string> {
    count += 1;
    const path = `/feed-${count}.rss`;
    server.set(path, { body: rss([{ title: `Nyhet ${count}`, guid: `n${count}`, description: 'Text.' }]) });
    const source = await seedSource(test.database.db, { url: server.url(path), federation });
    return encodeGlobalId('FeedSource', source.id);
  }

  const add = (federation: string) => (token: string | undefined) => {
    count += 1;
    return gql(
      'mutation ($f: String!, $u: String!) { addFeedSource(federation: $f, input: { url: $u, kind: NEWS }) { __typename } }',
      { f: federation, u: `https://forbundet.example/feed-${count}.rss` },
      token,
    );
  };
  const onSource = (mutation: string, federation: string) => async (token: string | undefined) =>
    gql(`mutation ($id: ID!) { ${mutation} { __typename } }`, { id: await sourceIn(federation) }, token);

  const ATTEMPTS: Attempt[] = [
    { name: 'addFeedSource, own federation', allowed: MANAGERS, run: add(OWN) },
    { name: 'addFeedSource, other federation', allowed: PLATFORM, run: add(OTHER) },
    {
      name: 'updateFeedSource, own federation',
      allowed: MANAGERS,
      run: onSource('updateFeedSource(id: $id, intervalMinutes: 30)', OWN),
    },
    {
      name: 'updateFeedSource, other federation',
      allowed: PLATFORM,
      run: onSource('updateFeedSource(id: $id, enabled: false)', OTHER),
    },
    { name: 'removeFeedSource, own federation', allowed: MANAGERS, run: onSource('removeFeedSource(id: $id)', OWN) },
    {
      name: 'removeFeedSource, other federation',
      allowed: PLATFORM,
      run: onSource('removeFeedSource(id: $id)', OTHER),
    },
    { name: 'refreshFeedSource, own federation', allowed: MANAGERS, run: onSource('refreshFeedSource(id: $id)', OWN) },
    {
      name: 'refreshFeedSource, other federation',
      allowed: PLATFORM,
      run: onSource('refreshFeedSource(id: $id)', OTHER),
    },
    {
      name: 'feedSources, own federation',
      allowed: MANAGERS,
      run: (token) => gql(`{ feedSources(federation: "${OWN}") { url lastRun { status } } }`, {}, token),
    },
    {
      name: 'feedSources, other federation',
      allowed: PLATFORM,
      run: (token) => gql(`{ feedSources(federation: "${OTHER}") { url } }`, {}, token),
    },
  ];

  beforeAll(async () => {
    server = await startFixtureServer();
    fetcher = fixtureFetcher();
    test = await startTestApp({ demo: true }, { feedPollIntervalMs: 0, feedFetcher: fetcher });
    const staff = await logInStaff(test.app, test.database.db, OWN);
    tokens.set('anonymous', undefined);
    tokens.set('platform admin', staff.platformAdmin);
    tokens.set('admin', staff.admin);
    tokens.set('publisher', staff.publisher);
    tokens.set('editor', staff.editor);
    tokens.set('other admin', staff.otherAdmin);
    tokens.set('no role', await logIn(test.app, await seedUser(test.database.db, { email: 'ingen@example.org' })));
  });
  afterAll(async () => {
    await test.close();
    await fetcher.close();
    await server.close();
  });

  for (const attempt of ATTEMPTS) {
    describe(attempt.name, () => {
      for (const caller of CALLERS) {
        const allowed = attempt.allowed.includes(caller);
        it(`${allowed ? 'allows' : 'refuses'} ${caller}`, async () => {
          const result = await attempt.run(tokens.get(caller));
          if (allowed) {
            expect(result.errors).toBeUndefined();
          } else {
            expect(result.errors?.[0]?.extensions?.code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          }
        });
      }
    });
  }

  it('tells a signed-in caller about an unknown source, and no more', async () => {
    const result = await gql(
      'mutation ($id: ID!) { refreshFeedSource(id: $id) { __typename ... on Problem { code } } }',
      { id: encodeGlobalId('FeedSource', '00000000-0000-4000-8000-000000000000') },
      tokens.get('no role'),
    );
    expect(result.data).toEqual({ refreshFeedSource: { __typename: 'NotFound', code: 'NOT_FOUND' } });
  });
});
