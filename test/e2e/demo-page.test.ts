import { demoWidgets } from '@samverka/server/pages/demo-widgets';
import { snippetHtml } from '@samverka/server/pages/snippet';
import type { ConsoleMessage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useWidgetTestbed, waitForWidgets } from '../support/browser.js';

const TAGS = ['samverka-news', 'samverka-courses', 'samverka-events', 'samverka-members', 'samverka-contacts'];

describe('the demo municipal website at /', () => {
  const testbed = useWidgetTestbed();

  it('embeds every widget with the snippet an editor pastes, under a strict CSP', async () => {
    const response = await fetch(`${testbed.hub.url}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'self' [^;]*;/);
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    const federation = await testbed.hub.database.db
      .selectFrom('federations')
      .select(['slug', 'name', 'website'])
      .where('slug', '=', 'vo-college-skane')
      .executeTakeFirstOrThrow();
    for (const widget of Object.values(demoWidgets(testbed.hub.url, federation))) {
      expect(html).toContain(snippetHtml(testbed.hub.url, widget));
    }
    expect(html).toContain(`<script type="module" src="${testbed.hub.url}/widgets/samverka.js"></script>`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toContain(
      `<link rel="alternate" type="application/rss+xml" title="Vård- och omsorgscollege Skåne – nyheter (RSS)" href="${testbed.hub.url}/feeds/federations/vo-college-skane/news.rss">`,
    );
    expect(html).toContain(`href="${testbed.hub.url}/calendar/federations/vo-college-skane.ics"`);
  });

  it('renders every widget with the demo data, the map included, and passes axe', async () => {
    const page = testbed.page;
    const problems: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${testbed.hub.url}/`);
    await waitForWidgets(page);
    for (const tag of TAGS) {
      expect(await page.locator(`${tag} [part~="item"]`).count(), tag).toBeGreaterThan(0);
    }
    expect(await page.locator('samverka-news article').count()).toBe(3);
    expect(await page.locator('samverka-courses article').count()).toBeGreaterThan(0);
    expect(await page.locator('samverka-contacts [part~="item"]').count()).toBe(3);
    await page.locator('samverka-members svg.region').waitFor();
    expect(await page.locator('samverka-members svg.region path.member').count()).toBe(30);
    // The widgets take the page's brand colour through the documented custom property.
    const accent = await page
      .locator('samverka-news [part~="subscribe"]')
      .evaluate((link) => getComputedStyle(link).color);
    expect(accent).toBe('rgb(11, 85, 99)');
    expect(await page.title()).toBe('Jobba inom vård och omsorg – Ljungsjö kommun');
    expect(await page.locator('h1').allInnerTexts()).toEqual(['Jobba inom vård och omsorg']);
    expect(problems).toEqual([]);
    await expectNoAxeViolations(page);
  });

  it('is usable on a phone: one column, nothing wider than the screen, and still passes axe', async () => {
    const page = testbed.page;
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${testbed.hub.url}/`);
    await waitForWidgets(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page);
  });

  it('lets a keyboard user skip to the content first', async () => {
    const page = testbed.page;
    await page.goto(`${testbed.hub.url}/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('innehall');
  });
});
