import { describe, expect, it } from 'vitest';
import { logIn, seedUser, send } from '../support/accounts.js';
import { hostPage, useWidgetTestbed, waitForWidgets } from '../support/browser.js';

const NEWS = '<samverka-news federation="vo-college-skane" limit="3" refresh="5"></samverka-news>';

interface Outcome {
  __typename: string;
  data?: { id: string; revision: number };
}

describe('the shared client', () => {
  const testbed = useWidgetTestbed();
  const newsRequests = () => testbed.hub.graphqlRequests().filter((request) => request.url.includes('SamverkaNews'));

  it('sends one request for identical widgets, revalidates with ETags (304s) and shows a newly published item', async () => {
    const before = testbed.hub.requests.length;
    const page = await testbed.open(
      `${NEWS}${NEWS}<samverka-news federation="vo-college-skane" limit="2"></samverka-news>`,
    );
    const since = () => newsRequests().filter((request) => testbed.hub.requests.indexOf(request) >= before);
    expect(since().map((request) => request.method)).toEqual(['GET', 'GET']);
    expect(since().every((request) => request.headers.cookie === undefined)).toBe(true);

    // Two refresh ticks with nothing new: one conditional GET per tick for both widgets, answered
    // 304; the widgets' requests are simple GETs, so no preflight ever.
    await expect.poll(() => since().filter((request) => request.status === 304).length, { timeout: 15_000 }).toBe(2);
    const conditional = since().filter((request) => request.method === 'GET' && request.headers['if-none-match']);
    expect(conditional.map((request) => request.status)).toEqual([304, 304]);
    // Each asks with the ETag its own first answer carried (the two queries answer in either order).
    const firstAnswerTo = (url: string) => since().find((request) => request.url === url);
    expect(
      conditional.every(
        (request) => request.headers['if-none-match'] === firstAnswerTo(request.url)?.responseHeaders.etag,
      ),
    ).toBe(true);

    const title = `Nytt från regionen ${Date.now()}`;
    await publishNews(title);
    const firstTitles = page.locator('samverka-news').first().locator('h3');
    await expect.poll(() => firstTitles.first().textContent(), { timeout: 10_000 }).toBe(title);
    await expect.poll(() => page.locator('samverka-news').nth(1).locator('h3').first().textContent()).toBe(title);
    expect(await page.locator('samverka-news').first().locator('[role="status"]').textContent()).toBe(
      'Listan har uppdaterats. Nya poster: 1.',
    );
    expect(since().filter((request) => request.method === 'OPTIONS')).toEqual([]);
    // The widget without refresh keeps the listing it had: it never asked again.
    expect(since().filter((request) => request.url.includes('%22first%22%3A2')).length).toBe(1);
  }, 40_000);

  it('skips refreshes while the tab is hidden, and stops them when the attribute goes', async () => {
    const page = await testbed.open(NEWS);
    const before = testbed.hub.requests.length;
    const newsSince = () => newsRequests().filter((request) => testbed.hub.requests.indexOf(request) >= before);
    await page.evaluate(() =>
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true }),
    );
    await page.waitForTimeout(6_000);
    expect(newsSince()).toEqual([]);
    await page.evaluate(() =>
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true }),
    );
    await expect.poll(() => newsSince().length, { timeout: 8_000 }).toBe(1);
    await page.locator('samverka-news').evaluate((element) => element.removeAttribute('refresh'));
    await page.waitForTimeout(6_000);
    expect(newsSince().length).toBe(1);
  }, 30_000);

  it('sends no cookies, even to a hub of the same site', async () => {
    await testbed.page.context().addCookies([{ name: 'hub_session', value: 'secret', domain: '127.0.0.1', path: '/' }]);
    const before = testbed.hub.requests.length;
    const url = `${testbed.host.sameSiteUrl}${testbed.host.page('/same-site.html', { html: hostPage(testbed.hub.url, NEWS) }).slice(testbed.host.url.length)}`;
    await testbed.page.goto(url);
    await waitForWidgets(testbed.page);
    const requests = testbed.hub.requests.slice(before).filter((request) => request.url.startsWith('/graphql'));
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.map((request) => request.headers.cookie)).toEqual(requests.map(() => undefined));
    // The cookie is there: a request that asks for credentials carries it (and the hub's CORS, which
    // never allows credentials, keeps the answer from the page).
    const withCredentials = await testbed.page.evaluate(
      (hub) =>
        fetch(`${hub}/health`, { credentials: 'include' }).then(
          () => 'read',
          () => 'blocked',
        ),
      testbed.hub.url,
    );
    expect(withCredentials).toBe('blocked');
    expect(testbed.hub.requests.findLast((request) => request.url === '/health')?.headers.cookie).toBe(
      'hub_session=secret',
    );
  });

  it('lets other sites POST with one cached preflight and revalidate by hand, and keeps CSRF prevention', async () => {
    const page = await testbed.open(NEWS);
    const before = testbed.hub.requests.length;
    const post = (contentType: string) =>
      page.evaluate(
        ({ hub, type }) =>
          fetch(`${hub}/graphql`, {
            method: 'POST',
            headers: { 'content-type': type },
            body: JSON.stringify({ query: '{ topics { slug } }' }),
          }).then((response) => response.status),
        { hub: testbed.hub.url, type: contentType },
      );
    expect(await post('application/json')).toBe(200);
    expect(await post('application/json')).toBe(200);
    const preflights = testbed.hub.requests.slice(before).filter((request) => request.method === 'OPTIONS');
    expect(preflights.length).toBe(1);
    expect(preflights[0]?.responseHeaders['access-control-max-age']).toBe('86400');
    // A form-like POST needs no preflight, so it is where a forged write would come from: refused.
    expect(await post('text/plain')).toBe(400);

    // A developer's own client may send If-None-Match itself: allowed across origins, ETag readable.
    const conditional = await page.evaluate(async (hub) => {
      const url = `${hub}/graphql?query=${encodeURIComponent('{ topics { slug } }')}`;
      const first = await fetch(url);
      const etag = first.headers.get('etag') ?? '';
      const again = await fetch(url, { headers: { 'if-none-match': etag } });
      return { etag, status: again.status };
    }, testbed.hub.url);
    expect(conditional.etag).not.toBe('');
    expect(conditional.status).toBe(304);
  });

  async function publishNews(title: string): Promise<void> {
    const { app, database } = testbed.hub;
    const token = await logIn(
      app,
      await seedUser(database.db, {
        email: `chef-${Date.now()}@skane.example`,
        roles: { 'vo-college-skane': 'publisher' },
      }),
    );
    const created = await send<{ createNewsDraft: Outcome }>(
      app,
      `mutation ($input: NewsInput!) { createNewsDraft(federation: "vo-college-skane", input: $input) {
        __typename ... on CreateNewsDraftSuccess { data { id revision } } } }`,
      { input: { title, summary: 'Publicerad under testet.', body: '<p>Hej!</p>', language: 'sv' } },
      { token },
    );
    const draft = created.data?.createNewsDraft.data;
    if (!draft) throw new Error(`draft failed: ${JSON.stringify(created)}`);
    const published = await send<{ publishNews: Outcome }>(
      app,
      `mutation ($id: ID!, $basedOn: Int!) { publishNews(id: $id, basedOn: $basedOn) { __typename } }`,
      { id: draft.id, basedOn: draft.revision },
      { token },
    );
    expect(published.data?.publishNews.__typename).toBe('PublishNewsSuccess');
  }
});
