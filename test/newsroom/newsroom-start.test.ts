import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { FEDERATION, hubApi, logIn, tokenOf } from '../support/newsroom.js';
import { newsroomSeeder } from '../support/newsroom-seed.js';

const OTHER = 'goteborgsregionen';
const DAY = 24 * 3_600_000;
const inDays = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * 3_600_000).toISOString();

/** A time as the federation's clock shows it ("21:05"), to tell it from the browser's own zone (UTC here). */
const stockholmClock = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' }).format(
    new Date(iso),
  );

/** The names of the GraphQL operations the page sends from now on. */
function operationsOf(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql')) return;
    const query = (request.postDataJSON() as { query?: string } | null)?.query ?? '';
    names.push(/^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous');
  });
  return names;
}

describe('the newsroom’s start page', () => {
  // The failing source is the hub's own HTML page, on 127.0.0.1; no scheduled imports race the test's own.
  const testbed = useWidgetTestbed({ feedAllowedAddresses: ['127.0.0.1'], feedPollIntervalMs: 0 });
  const ids: Record<string, string> = {};
  let failingUrl: string;

  beforeAll(async () => {
    const { hub } = testbed;
    await seedUser(hub.database.db, {
      email: 'stina.start@example.org',
      roles: { [FEDERATION]: 'publisher', [OTHER]: 'editor' },
    });
    await seedUser(hub.database.db, { email: 'platon.plattform@example.org', platformAdmin: true });
    const seed = newsroomSeeder(hub, await tokenOf(hub, 'stina.start@example.org'), FEDERATION);
    ids.newsDraft = await seed.news('Utkast om kompetens');
    ids.scheduled = await seed.news('Schemalagd nyhet');
    await seed.scheduleNews(ids.scheduled, inDays(3));
    ids.published = await seed.news('Publicerad nyhet');
    await seed.publishNews(ids.published);
    ids.eventDraft = await seed.event('Evenemangsutkast', inDays(40), inDays(40, 2));
    ids.later = await seed.event('Senare konferens', inDays(20), inDays(20, 3));
    await seed.publishEvent(ids.later);
    ids.sooner = await seed.event('Snarare konferens', inDays(10), inDays(10, 3));
    await seed.publishEvent(ids.sooner);
    ids.courseDraft = await seed.course('Kursutkast');
    failingUrl = `${hub.url}/newsroom`;
    await seed.refreshFeedSource(await seed.feedSource(failingUrl));
  });

  it('shows a federation’s drafts of every kind, scheduled and published items, upcoming events and failing sources, in one request', async () => {
    const { page, hub } = testbed;
    const operations = operationsOf(page);
    await logIn(page, hub, 'stina.start@example.org');
    const section = page.locator(`section[aria-labelledby="federation-${FEDERATION}"]`);
    await expect
      .poll(() => section.locator('h2').textContent())
      .toBe('Vård- och omsorgscollege Skåne: din roll är Publicist');

    const drafts = section.locator(`[aria-labelledby="${FEDERATION}-drafts"]`);
    await expect.poll(() => drafts.getByRole('link', { name: 'Kursutkast' }).count()).toBe(1);
    const saved = await hubApi<{ editableEvent: { updatedAt: string } }>(
      hub,
      'query ($id: ID!) { editableEvent(id: $id) { updatedAt } }',
      { id: ids.eventDraft },
      await tokenOf(hub, 'stina.start@example.org'),
    );
    const eventLine = drafts.locator('li').filter({ hasText: 'Evenemangsutkast' });
    expect(await eventLine.textContent()).toContain('Evenemang');
    expect(await eventLine.textContent()).toMatch(
      new RegExp(`senast sparad .+ ${stockholmClock(saved.data?.editableEvent.updatedAt ?? '')}`),
    );
    for (const [title, href] of [
      ['Utkast om kompetens', `#/news/${encodeURIComponent(ids.newsDraft ?? '')}`],
      ['Evenemangsutkast', `#/events/${encodeURIComponent(ids.eventDraft ?? '')}`],
      ['Kursutkast', `#/courses/${encodeURIComponent(ids.courseDraft ?? '')}`],
    ] as const) {
      expect(await drafts.getByRole('link', { name: title }).getAttribute('href')).toBe(href);
    }
    expect(await drafts.textContent()).not.toContain('Publicerad nyhet');

    const scheduled = section.locator(`[aria-labelledby="${FEDERATION}-scheduled"]`);
    expect(await scheduled.textContent()).toMatch(/Schemalagd nyhet\s*publiceras/);
    const published = section.locator(`[aria-labelledby="${FEDERATION}-published"]`);
    expect(await published.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining(['Publicerad nyhet', 'Snarare konferens', 'Senare konferens']),
    );
    const upcoming = await section
      .locator(`[aria-labelledby="${FEDERATION}-upcoming"] a`)
      .evaluateAll((links) => links.map((link) => link.textContent));
    expect(upcoming.indexOf('Snarare konferens')).toBeGreaterThanOrEqual(0);
    expect(upcoming.indexOf('Snarare konferens')).toBeLessThan(upcoming.indexOf('Senare konferens'));

    const alert = section.locator(`[aria-labelledby="${FEDERATION}-source-errors"]`);
    expect(await alert.textContent()).toContain(failingUrl);
    for (const [name, path] of [
      ['Ny nyhet', 'news'],
      ['Nytt evenemang', 'events'],
      ['Ny utbildning', 'courses'],
    ] as const) {
      expect(await section.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(
        `#/${path}/new?federation=${FEDERATION}`,
      );
    }

    // The editor of the other federation sees its section too, without the sources an editor may not see.
    const other = page.locator(`section[aria-labelledby="federation-${OTHER}"]`);
    await expect.poll(() => other.locator(`[aria-labelledby="${OTHER}-drafts"]`).count()).toBe(1);
    expect(await other.locator('[role="alert"]').count()).toBe(0);
    expect(operations.filter((name) => name !== 'NewsroomLogin' && name !== 'NewsroomViewer')).toEqual([
      'NewsroomStart',
      'NewsroomStart',
    ]);
    await expectNoAxeViolations(page);

    await drafts.getByRole('link', { name: 'Evenemangsutkast' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Redigera evenemang');
    await expect.poll(() => page.getByLabel('Rubrik').inputValue()).toBe('Evenemangsutkast');
  });

  it('lets a platform admin without a role open any federation’s section', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'platon.plattform@example.org');
    expect(await page.getByText('Du har ingen roll i något förbund än.', { exact: false }).count()).toBe(0);
    await expect.poll(() => page.getByLabel('Förbund', { exact: true }).locator('option').count()).toBeGreaterThan(3);
    await expectNoAxeViolations(page);
    await page.getByLabel('Förbund', { exact: true }).selectOption(FEDERATION);
    await page.getByRole('button', { name: 'Öppna' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/?federation=${FEDERATION}`);
    const section = page.locator(`section[aria-labelledby="federation-${FEDERATION}"]`);
    await expect
      .poll(() => section.locator('h2').textContent())
      .toBe('Vård- och omsorgscollege Skåne: du är plattformsadministratör');
    await expect.poll(() => section.getByRole('link', { name: 'Utkast om kompetens' }).count()).toBe(1);
    expect(await section.locator(`[aria-labelledby="${FEDERATION}-source-errors"]`).textContent()).toContain(
      failingUrl,
    );
    expect(await page.getByLabel('Förbund', { exact: true }).inputValue()).toBe(FEDERATION);
    await expectNoAxeViolations(page);

    await page.goto(`${hub.url}/newsroom#/?federation=finns-inte`);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Det finns inget sådant förbund; välj ett i listan.');
  });
});
