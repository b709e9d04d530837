import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useWidgetTestbed, waitForWidgets } from '../support/browser.js';

const WIDGETS = ['samverka-news', 'samverka-courses', 'samverka-events', 'samverka-members', 'samverka-contacts'];
const FALLBACK = (tag: string) =>
  `<${tag} federation="vo-college-skane"><a href="/${tag}">Se alla hos regionen</a></${tag}>`;

/** Holds every GraphQL request until `release` is called, so the loading state can be looked at. */
async function holdGraphql(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  await page.route('**/graphql?**', (route) => {
    held.push(route);
  });
  return async () => {
    await Promise.all(held.map((route) => route.continue()));
    await page.unroute('**/graphql?**');
  };
}

describe('loading, empty and error states', () => {
  const testbed = useWidgetTestbed();

  it('shows a loading state, accessible, until the answer comes', async () => {
    const release = await holdGraphql(testbed.page);
    const page = await testbed.open(WIDGETS.map(FALLBACK).join('\n'), { wait: false });
    await waitForWidgets(page, 'loading');
    for (const tag of WIDGETS) {
      expect(await page.locator(`${tag} [part~="loading"]`).getAttribute('aria-busy')).toBe('true');
      expect(await page.locator(`${tag} [part~="loading"]`).textContent()).toContain('Laddar…');
    }
    await expectNoAxeViolations(page);
    await release();
    await waitForWidgets(page);
    expect(await page.locator('[part~="loading"]').count()).toBe(0);
  });

  it('says so when there is nothing to list', async () => {
    const page = await testbed.open(`
      <samverka-news federation="vo-college-skane" topic="finns-inte"></samverka-news>
      <samverka-courses federation="vard-och-omsorgscollege"></samverka-courses>
      <samverka-events federation="vard-och-omsorgscollege"></samverka-events>
      <samverka-members federation="vard-och-omsorgscollege"></samverka-members>
      <samverka-contacts municipality="0114"></samverka-contacts>`);
    await waitForWidgets(page, 'empty');
    expect(await page.locator('[part~="empty"]').allTextContents()).toEqual([
      'Inga nyheter just nu.',
      'Inga kommande utbildningar just nu.',
      'Inga kommande evenemang just nu.',
      'Inga medlemskommuner.',
      'Inga kontaktpersoner.',
    ]);
    // An empty listing still offers its feed: a reader may subscribe for what comes.
    expect(await page.locator('samverka-news [part~="subscribe"]').count()).toBe(1);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('shows an error with the fallback content and a retry button that fetches again', async () => {
    await testbed.page.route('**/graphql?**', (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
    const page = await testbed.open(WIDGETS.map(FALLBACK).join('\n'), { wait: false });
    await waitForWidgets(page, 'error');
    for (const tag of WIDGETS) {
      expect(await page.locator(`${tag} [part~="error"]`).getAttribute('role')).toBe('alert');
      expect(await page.locator(`${tag} > a[href="/${tag}"]`).isVisible()).toBe(true);
    }
    await expectNoAxeViolations(page);

    await page.unroute('**/graphql?**');
    const retry = page.locator('samverka-news [part~="retry-button"]');
    expect(await retry.textContent()).toBe('Försök igen');
    await retry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('samverka-news article').count()).toBeGreaterThan(0);
    expect(await page.locator('samverka-news > a[href="/samverka-news"]').isVisible()).toBe(false);
  });

  it('shows an error when the hub cannot be reached at all', async () => {
    const page = await testbed.open(
      '<samverka-contacts endpoint="http://127.0.0.1:9" lang="en"><a href="/kontakt">Contacts</a></samverka-contacts>',
      { wait: false },
    );
    await waitForWidgets(page, 'error');
    expect(await page.locator('samverka-contacts [part~="error"] p').textContent()).toBe(
      'The listing could not be fetched just now.',
    );
  });

  it('tells the editor in the console what is wrong with the attributes', async () => {
    const warnings: string[] = [];
    testbed.page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const page = await testbed.open('<samverka-events municipality="Lund"></samverka-events>', { wait: false });
    await waitForWidgets(page, 'error');
    expect(warnings.join('\n')).toMatch(
      /<samverka-events> could not load its listing: The hub answered \d+: .*municipality/i,
    );
  });

  it('names an unknown federation in the console and lists nothing for it', async () => {
    const warnings: string[] = [];
    testbed.page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const page = await testbed.open('<samverka-members federation="finns-inte"></samverka-members>');
    await waitForWidgets(page, 'empty');
    expect(warnings).toContain('<samverka-members> knows no federation finns-inte');
  });

  it('leaves the element’s own content visible when the script cannot run', async () => {
    await testbed.page.route('**/widgets/samverka.js', (route) => route.abort());
    const page = await testbed.open(WIDGETS.map(FALLBACK).join('\n'), { wait: false });
    await page.waitForLoadState('load');
    for (const tag of WIDGETS) expect(await page.locator(`${tag} > a[href="/${tag}"]`).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });
});

describe('accessibility of every widget in every layout', () => {
  const testbed = useWidgetTestbed();

  for (const layout of ['list', 'cards', 'compact']) {
    it(`has no axe violations in the ${layout} layout, with visible focus`, async () => {
      const page = await testbed.open(
        WIDGETS.map((tag) => `<${tag} federation="vo-college-skane" layout="${layout}" limit="3"></${tag}>`).join('\n'),
      );
      await expectNoAxeViolations(page);
      // Keyboard focus reaches the first link and shows an outline.
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        let active: Element | null = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active ? getComputedStyle(active).outlineStyle : 'none';
      });
      expect(outline).toBe('solid');
    });
  }

  it('has no axe violations on a dark host page in dark mode, with the default colours', async () => {
    const context = await testbed.browser.newContext({ colorScheme: 'dark' });
    testbed.page = await context.newPage();
    const page = await testbed.open(
      `<style>body { background: #15171a; color: #e8e8e8; }</style>
      ${WIDGETS.map((tag) => `<${tag} federation="vo-college-skane" layout="cards" limit="2"></${tag}>`).join('\n')}`,
    );
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('animates the loading state only for readers who have not asked for reduced motion', async () => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await testbed.browser.newContext({ reducedMotion });
      testbed.page = await context.newPage();
      const release = await holdGraphql(testbed.page);
      const page = await testbed.open('<samverka-news federation="vo-college-skane"></samverka-news>', { wait: false });
      await waitForWidgets(page, 'loading');
      const animation = await page
        .locator('samverka-news .skeleton')
        .first()
        .evaluate((skeleton) => getComputedStyle(skeleton).animationName);
      expect(animation).toBe(reducedMotion === 'reduce' ? 'none' : 'samverka-pulse');
      await release();
      await context.close();
    }
  });

  it('has no axe violations in a dark host page that sets the colour tokens', async () => {
    const page = await testbed.open(
      `<style>body { background: #121212; color: #eeeeee; --samverka-color-accent: #a8c7fa; --samverka-color-on-accent: #062e6f; }</style>
      ${WIDGETS.map((tag) => `<${tag} federation="vo-college-skane" layout="cards" limit="2"></${tag}>`).join('\n')}`,
    );
    await expectNoAxeViolations(page);
  });
});
