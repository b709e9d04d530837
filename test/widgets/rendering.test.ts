import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useWidgetTestbed } from '../support/browser.js';
import { queryData } from '../support/graphql.js';

const SKANE = 'vo-college-skane';

/** The JSON-LD a widget put into the host page's light DOM. */
async function jsonLd(page: Page, tag: string): Promise<{ itemListElement: Array<{ item: Record<string, unknown> }> }> {
  const text = await page.locator(`${tag} > script[type="application/ld+json"]`).textContent();
  return JSON.parse(text ?? 'null');
}

describe('widgets render the demo data on a host page of another origin', () => {
  const testbed = useWidgetTestbed();

  it('samverka-news lists the newest news with dates, publisher, full text and a feed link', async () => {
    const expected = await queryData<{ news: { edges: Array<{ node: { title: string; publishedAt: string } }> } }>(
      testbed.hub.app,
      `{ news(first: 3, filter: { federations: ["${SKANE}"] }) { edges { node { title publishedAt } } } }`,
    );
    const page = await testbed.open(
      `<samverka-news federation="${SKANE}" limit="3"><a href="/nyheter">Nyheter</a></samverka-news>`,
    );
    expect(new URL(page.url()).origin).not.toBe(testbed.hub.url);
    const items = page.locator('samverka-news article');
    await expect.poll(() => items.count()).toBe(3);
    expect(await page.locator('samverka-news h3').allTextContents()).toEqual(
      expected.news.edges.map((edge) => edge.node.title),
    );
    const first = expected.news.edges[0]?.node;
    await expect.poll(() => items.first().locator('time').getAttribute('datetime')).toBe(first?.publishedAt);
    expect(await items.first().locator('[part~="meta"]').textContent()).toContain('Vård- och omsorgscollege Skåne');
    // The fallback link is the element's light DOM: hidden once the widget renders.
    expect(await page.locator('samverka-news > a[href="/nyheter"]').isVisible()).toBe(false);
    await items.first().locator('summary').click();
    expect(await items.first().locator('[part~="body"] p').count()).toBeGreaterThan(0);

    const feed = page.locator('samverka-news [part~="subscribe"]');
    expect(await feed.textContent()).toBe('Prenumerera på nyheterna (RSS)');
    const feedUrl = (await feed.getAttribute('href')) ?? '';
    expect(feedUrl).toBe(`${testbed.hub.url}/feeds/federations/${SKANE}/news.rss`);
    expect((await fetch(feedUrl)).status).toBe(200);

    const data = await jsonLd(page, 'samverka-news');
    expect(data.itemListElement.map((entry) => entry.item['@type'])).toEqual([
      'NewsArticle',
      'NewsArticle',
      'NewsArticle',
    ]);
    expect(data.itemListElement[0]?.item).toMatchObject({ headline: first?.title, datePublished: first?.publishedAt });
  });

  it('samverka-courses lists training offers with their upcoming sessions and registration', async () => {
    const page = await testbed.open(`<samverka-courses federation="${SKANE}" limit="2"></samverka-courses>`);
    const courses = page.locator('samverka-courses article');
    expect(await courses.count()).toBe(2);
    const session = courses.first().locator('[part~="session"]').first();
    expect(await session.locator('time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    const register = session.locator('a[part~="register"]');
    expect(await register.getAttribute('href')).toMatch(/^https:\/\//);
    // The link's accessible name says which course and session it registers for.
    expect(await register.textContent()).toContain(await courses.first().locator('h3').textContent());
    expect(await page.locator('samverka-courses [part~="subscribe"]').getAttribute('href')).toBe(
      `${testbed.hub.url}/calendar/federations/${SKANE}.ics`,
    );
    const data = await jsonLd(page, 'samverka-courses');
    const course = data.itemListElement[0]?.item as {
      '@type': string;
      hasCourseInstance: Array<Record<string, unknown>>;
    };
    expect(course['@type']).toBe('Course');
    expect(course.hasCourseInstance[0]).toMatchObject({ '@type': 'CourseInstance', courseMode: 'onsite' });
  });

  it('samverka-events lists the coming events of several federations by date, with a calendar link', async () => {
    const page = await testbed.open(`<samverka-events federation="${SKANE}, goteborgsregionen"></samverka-events>`);
    const starts = await page
      .locator('samverka-events article [part~="meta"] > time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    const expected = await queryData<{ events: { edges: Array<{ node: { startsAt: string } }> } }>(
      testbed.hub.app,
      `{ events(first: 5, filter: { federations: ["${SKANE}", "goteborgsregionen"], endsAfter: "${new Date().toISOString()}" }) {
        edges { node { startsAt } } } }`,
    );
    expect(expected.events.edges.length).toBeGreaterThan(0);
    expect(starts).toEqual(expected.events.edges.map((edge) => edge.node.startsAt));
    expect([...starts].sort()).toEqual(starts);
    expect(starts.every((start) => Date.parse(start) > Date.now())).toBe(true);
    const calendar = new URL((await page.locator('samverka-events [part~="subscribe"]').getAttribute('href')) ?? '');
    expect(calendar.pathname).toBe('/calendar/events.ics');
    expect(calendar.searchParams.get('federations')).toBe(`${SKANE},goteborgsregionen`);
    expect((await fetch(calendar)).status).toBe(200);
    const data = await jsonLd(page, 'samverka-events');
    expect(data.itemListElement.map((entry) => entry.item['@type'])).toEqual(starts.map(() => 'Event'));
    expect(data.itemListElement[0]?.item).toMatchObject({
      startDate: starts[0],
      eventStatus: 'https://schema.org/EventScheduled',
    });
  });

  it('samverka-members lists the members with the count and coverage of the region', async () => {
    const page = await testbed.open(`<samverka-members federation="${SKANE}"></samverka-members>`);
    expect(await page.locator('samverka-members [part~="item"]').count()).toBe(30);
    // Intl puts a no-break space between the number and the per cent sign in Swedish.
    expect(await page.locator('samverka-members [part~="coverage"]').textContent()).toMatch(
      /^30 medlemskommuner\. 30 av 33 kommuner i Skåne \(91\s%\)\.$/,
    );
    const members = await page.locator('samverka-members [part~="item"]').allTextContents();
    expect(members.some((member) => /^\s*Lomma\s+medlem sedan 20\d\d\s*$/.test(member))).toBe(true);
    expect(await page.locator('samverka-members h3').textContent()).toBe('Vård- och omsorgscollege Skåne');
  });

  it('samverka-contacts shows contact cards with email and phone links', async () => {
    const page = await testbed.open(`<samverka-contacts federation="${SKANE}" layout="cards"></samverka-contacts>`);
    const cards = page.locator('samverka-contacts article');
    expect(await cards.count()).toBe(3);
    expect(await cards.first().locator('a[href^="mailto:"]').count()).toBe(1);
    expect(await cards.first().locator('a[href^="tel:+46"]').count()).toBe(1);
    expect(await page.locator('samverka-contacts > script').count()).toBe(0);
  });
});

describe('attributes and languages', () => {
  const testbed = useWidgetTestbed();

  it('re-renders when an attribute changes', async () => {
    const page = await testbed.open(`<samverka-news federation="${SKANE}" limit="3"></samverka-news>`);
    const widget = page.locator('samverka-news');
    await widget.evaluate((element) => element.setAttribute('limit', '1'));
    await expect.poll(() => page.locator('samverka-news article').count()).toBe(1);

    await widget.evaluate((element) => element.setAttribute('heading-level', '5'));
    await expect.poll(() => page.locator('samverka-news h5').count()).toBe(1);

    await widget.evaluate((element) => element.setAttribute('federation', 'verdighetsenteret'));
    await expect.poll(() => page.locator('samverka-news [part~="meta"]').textContent()).toContain('Verdighetsenteret');

    await widget.evaluate((element) => element.setAttribute('layout', 'cards'));
    const grid = await page
      .locator('samverka-news [part~="list"]')
      .evaluate((list) => getComputedStyle(list).gridTemplateColumns);
    expect(grid.split(' ').length).toBeGreaterThanOrEqual(1);
    expect(
      await page.locator('samverka-news [part~="item"]').evaluate((item) => getComputedStyle(item).borderTopStyle),
    ).toBe('solid');

    await widget.evaluate((element) => element.setAttribute('layout', 'compact'));
    await expect.poll(() => page.locator('samverka-news [part~="summary"]').count()).toBe(0);
  });

  it('filters by topic and municipality, and the feed link carries the same filters', async () => {
    const expected = await queryData<{ news: { edges: Array<{ node: { title: string } }> } }>(
      testbed.hub.app,
      `{ news(first: 10, filter: { federations: ["${SKANE}"], topics: ["rekrytering"], municipality: "1282" }) {
        edges { node { title } } } }`,
    );
    expect(expected.news.edges.length).toBeGreaterThan(0);
    const page = await testbed.open(
      `<samverka-news federation="${SKANE}" topic="rekrytering" municipality="1282" limit="10"></samverka-news>`,
    );
    expect(await page.locator('samverka-news h3').allTextContents()).toEqual(
      expected.news.edges.map((edge) => edge.node.title),
    );
    const feed = new URL((await page.locator('samverka-news [part~="subscribe"]').getAttribute('href')) ?? '');
    expect(feed.pathname).toBe(`/feeds/federations/${SKANE}/news.rss`);
    expect(Object.fromEntries(feed.searchParams)).toEqual({ topics: 'rekrytering', municipality: '1282' });
    const rss = await fetch(feed);
    expect(rss.status).toBe(200);
    const titles = [...(await rss.text()).matchAll(/<item>\s*<title><!\[CDATA\[(.*?)\]\]>/g)].map((match) => match[1]);
    expect(titles).toEqual(expected.news.edges.map((edge) => edge.node.title));
  });

  it('keeps the largest listings within the hub’s query limits', async () => {
    const page = await testbed.open(`
      <samverka-news limit="1000"></samverka-news><samverka-courses limit="1000"></samverka-courses>
      <samverka-events limit="1000"></samverka-events><samverka-contacts limit="1000"></samverka-contacts>
      <samverka-members federation="vo-college-skane goteborgsregionen akademi-norr verdighetsenteret vard-och-omsorgscollege">
      </samverka-members>`);
    expect(await page.locator('[part~="error"]').count()).toBe(0);
    const firsts = testbed.hub
      .graphqlRequests()
      .slice(-5)
      .map((request) => JSON.parse(new URL(request.url, testbed.hub.url).searchParams.get('variables') ?? '{}').first);
    expect(firsts.filter(Boolean).sort()).toEqual([30, 50, 50, 50]);
  });

  it('lists the members of several federations, and the map layout shows them too', async () => {
    const page = await testbed.open(
      '<samverka-members federation="goteborgsregionen verdighetsenteret" layout="map" heading-level="2"></samverka-members>',
    );
    expect(await page.locator('samverka-members h2').allTextContents()).toEqual([
      'Göteborgsregionen',
      'Verdighetsenteret',
    ]);
    expect(await page.locator('samverka-members [part~="federation"]').nth(0).locator('[part~="item"]').count()).toBe(
      13,
    );
    expect(await page.locator('samverka-members [part~="federation"]').nth(1).locator('[part~="item"]').count()).toBe(
      4,
    );
  });

  it('speaks the lang attribute, else the host page’s, and switches when either changes', async () => {
    const page = await testbed.open(`<samverka-news federation="${SKANE}" limit="1"></samverka-news>`, {
      lang: 'sv-SE',
    });
    const feed = page.locator('samverka-news [part~="subscribe"]');
    const date = page.locator('samverka-news time').first();
    expect(await feed.textContent()).toBe('Prenumerera på nyheterna (RSS)');
    expect(await date.textContent()).toBe('4 juni 2025');

    await page.locator('samverka-news').evaluate((element) => element.setAttribute('lang', 'en'));
    await expect.poll(() => feed.textContent()).toBe('Subscribe to the news (RSS)');
    expect(await date.textContent()).toBe('4 June 2025');
    // The English UI is marked as such, the Swedish article as Swedish (WCAG 3.1.2, language of parts).
    expect(
      await page.locator('samverka-news').evaluate((element) => element.shadowRoot?.querySelector('div')?.lang),
    ).toBe('en');
    expect(await page.locator('samverka-news h3').getAttribute('lang')).toBe('sv');
    expect(await page.locator('samverka-news [part~="summary"]').getAttribute('lang')).toBe('sv');

    // Nynorsk host page: Norwegian (bokmål) UI, since the widgets speak sv, nb and en.
    await page.locator('samverka-news').evaluate((element) => element.removeAttribute('lang'));
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'nn'));
    await expect.poll(() => feed.textContent()).toBe('Abonner på nyhetene (RSS)');
    expect(await date.textContent()).toBe('4. juni 2025');
  });

  it('gives dates in the federation’s time zone, whatever the reader’s', async () => {
    // 23:30 in Oslo on 31 December is already 1 January in UTC: the reader must see the Norwegian day.
    await testbed.hub.database.db
      .updateTable('events')
      .set({ starts_at: new Date('2027-12-31T22:30:00Z'), ends_at: new Date('2027-12-31T23:30:00Z') })
      .where('slug', '=', (await firstEventSlug(testbed.hub, 'verdighetsenteret')) ?? '')
      .execute();
    const context = await testbed.browser.newContext({ timezoneId: 'America/New_York' });
    testbed.page = await context.newPage();
    await testbed.open('<samverka-events federation="verdighetsenteret" lang="en"></samverka-events>');
    expect(await testbed.page.locator('samverka-events time').first().textContent()).toMatch(
      /^31 December 2027.*23:30/,
    );
    await context.close();
  });
});

async function firstEventSlug(hub: { app: Parameters<typeof queryData>[0] }, federation: string) {
  const data = await queryData<{ events: { edges: Array<{ node: { slug: string } }> } }>(
    hub.app,
    `{ events(first: 1, filter: { federations: ["${federation}"], endsAfter: "2026-01-01T00:00:00Z" }) { edges { node { slug } } } }`,
  );
  return data.events.edges[0]?.node.slug;
}
