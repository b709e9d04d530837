import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../ingest/fixture-server.js';
import { rss } from '../ingest/fixtures.js';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { FEDERATION, hubApi, logIn, tokenOf } from '../support/newsroom.js';

const NEWS = rss([
  { title: 'Ny kurs i svenska', guid: 'kurs-1', description: '<p>Anmäl dig nu.</p>' },
  { title: 'Öppet hus', guid: 'hus-1', description: '<p>Välkommen in.</p>' },
]);

describe('feed sources in the newsroom', () => {
  // The fixture server is on 127.0.0.1, which the hub refuses unless told; no scheduled imports race the test's.
  const testbed = useWidgetTestbed({ feedAllowedAddresses: ['127.0.0.1'], feedPollIntervalMs: 0 });
  let site: FixtureServer;

  beforeAll(async () => {
    site = await startFixtureServer();
    site.set('/nyheter.xml', { body: NEWS });
    site.set('/trasig.xml', { body: NEWS.slice(0, NEWS.indexOf('</channel>')) });
    await seedUser(testbed.hub.database.db, {
      email: 'pia.publicist@example.org',
      roles: { [FEDERATION]: 'publisher' },
    });
    await seedUser(testbed.hub.database.db, { email: 'erik.editor@example.org', roles: { [FEDERATION]: 'editor' } });
  });
  afterAll(() => site?.close());

  it('lets a publisher add a source, import it now and see what the import did, switch it off and remove it', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'pia.publicist@example.org', '#/sources');
    const heading = page.getByRole('heading', { level: 1, name: 'Flödeskällor' });
    await expect
      .poll(() => heading.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);

    const url = site.url('/nyheter.xml');
    await page.getByLabel('Flödets adress (http eller https)').fill('inte en adress');
    await page.getByRole('button', { name: 'Lägg till källa' }).click();
    const urlField = page.getByLabel('Flödets adress (http eller https)');
    await expect.poll(() => urlField.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await urlField.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(
      'Ange flödets hela webbadress, som börjar med https://, utan användarnamn och lösenord.',
    );

    await urlField.fill(url);
    await page.getByLabel('Vad flödet innehåller').selectOption('NEWS');
    await page.getByLabel(/^Minuter mellan hämtningarna/).fill('30');
    await page.getByRole('button', { name: 'Lägg till källa' }).click();
    const card = page.locator('newsroom-feed-sources-view li').filter({ hasText: url });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('var 30:e minut');
    expect(await card.textContent()).toContain('Inte hämtad än.');

    await page.getByRole('button', { name: `Hämta nu ${url}` }).click();
    await expect.poll(() => card.textContent()).toContain('2 nya, 0 uppdaterade, 0 oförändrade, 0 överhoppade.');
    expect(await card.textContent()).toContain('2 poster hämtade');
    expect(site.requests('/nyheter.xml').length).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: `Stäng av ${url}` }).click();
    await expect.poll(() => card.textContent()).toContain('Avstängd');
    const token = await tokenOf(hub, 'pia.publicist@example.org');
    const listed = async () =>
      (
        await hubApi<{ feedSources: Array<{ url: string; enabled: boolean }> }>(
          hub,
          'query ($federation: String!) { feedSources(federation: $federation) { url enabled } }',
          { federation: FEDERATION },
          token,
        )
      ).data?.feedSources.filter((source) => source.url === url);
    expect(await listed()).toEqual([{ url, enabled: false }]);

    await page.getByRole('button', { name: `Ta bort ${url}` }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(await listed()).toEqual([]);
  });

  it('shows a failing source’s error with its message on the start page', async () => {
    const { page, hub } = testbed;
    const token = await tokenOf(hub, 'pia.publicist@example.org');
    const url = site.url('/trasig.xml');
    const added = await hubApi<{ addFeedSource: { data: { id: string } } }>(
      hub,
      `mutation ($federation: String!, $url: String!) {
        addFeedSource(federation: $federation, input: { url: $url, kind: NEWS }) { ... on AddFeedSourceSuccess { data { id } } } }`,
      { federation: FEDERATION, url },
      token,
    );
    const id = added.data?.addFeedSource.data.id;
    await hubApi(hub, 'mutation ($id: ID!) { refreshFeedSource(id: $id) { __typename } }', { id }, token);

    await logIn(page, hub, 'pia.publicist@example.org');
    const alert = page.locator('newsroom-start-view section').filter({ hasText: 'Flödeskällor som misslyckades' });
    await expect.poll(() => alert.count()).toBeGreaterThan(0);
    const text = (await alert.last().textContent()) ?? '';
    expect(text).toContain(url);
    expect(text).toContain('FEED_MALFORMED');
    expect(text).toMatch(/not well-formed XML/);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Gå till flödeskällorna' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Flödeskällor' }).count()).toBe(1);
    const card = page.locator('newsroom-feed-sources-view li').filter({ hasText: url });
    await expect.poll(() => card.textContent()).toContain('FEED_MALFORMED');
    // Why it failed in the UI language, and the hub's technical words for whoever publishes the feed.
    expect(await card.textContent()).toContain(
      'Flödet är inte korrekt skrivet: be den som publicerar det att rätta det.',
    );
    expect(await card.textContent()).toMatch(/Hubben säger: The feed is not well-formed XML/);
  });

  it('lets a publisher change how often a source is imported, with a bad interval’s error next to its field', async () => {
    const { page, hub } = testbed;
    const token = await tokenOf(hub, 'pia.publicist@example.org');
    const url = site.url('/nyheter.xml?intervall');
    await hubApi(
      hub,
      `mutation ($federation: String!, $url: String!) {
        addFeedSource(federation: $federation, input: { url: $url, kind: NEWS, intervalMinutes: 60 }) { __typename } }`,
      { federation: FEDERATION, url },
      token,
    );
    const interval = async () =>
      (
        await hubApi<{ feedSources: Array<{ url: string; intervalMinutes: number }> }>(
          hub,
          'query ($federation: String!) { feedSources(federation: $federation) { url intervalMinutes } }',
          { federation: FEDERATION },
          token,
        )
      ).data?.feedSources.find((source) => source.url === url)?.intervalMinutes;

    await logIn(page, hub, 'pia.publicist@example.org', '#/sources');
    const card = page.locator('newsroom-feed-sources-view li').filter({ hasText: url });
    const field = card.getByLabel(`Ändra antal minuter mellan hämtningarna ${url}`);
    await expect.poll(() => field.inputValue()).toBe('60');

    await field.fill('2');
    await card.getByRole('button', { name: `Spara intervallet ${url}` }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const error = card.locator(`[id="${describedBy}"]`);
    expect(await error.textContent()).toBe('Skriv ett helt antal minuter från 5 till 10\u00a0080 (en vecka).');
    await expect
      .poll(() => field.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);
    expect(await interval()).toBe(60);
    await expectNoAxeViolations(page);

    await field.fill('');
    await card.getByRole('button', { name: `Spara intervallet ${url}` }).click();
    await expect
      .poll(() => error.textContent())
      .toBe('Skriv ett helt antal minuter från 5 till 10\u00a0080 (en vecka).');

    await field.fill('15');
    await card.getByRole('button', { name: `Spara intervallet ${url}` }).click();
    await expect.poll(interval).toBe(15);
    await expect.poll(() => card.textContent()).toContain('var 15:e minut');
    expect(await field.getAttribute('aria-invalid')).toBe('false');
    expect(await card.locator('.error').count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('offers editors neither the page nor the errors', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'erik.editor@example.org');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Start' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Flödeskällor' }).count()).toBe(0);
    expect(await page.getByText('Flödeskällor som misslyckades').count()).toBe(0);
    await page.goto(`${hub.url}/newsroom#/sources`);
    await expect
      .poll(() => page.getByText('Flödeskällor sköts av förbundets administratörer och publicister.').count())
      .toBe(1);
  });
});
