import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useWidgetTestbed, waitForWidgets } from '../support/browser.js';

const WIDGETS = ['samverka-news', 'samverka-courses', 'samverka-events', 'samverka-members', 'samverka-contacts'];

describe('a host page with a strict Content-Security-Policy', () => {
  const testbed = useWidgetTestbed();

  it('runs every widget with scripts and connections allowed from the hub only', async () => {
    const hub = testbed.hub.url;
    const csp = [
      "default-src 'none'",
      `script-src ${hub}`,
      `connect-src ${hub}`,
      "style-src 'self'",
      // The host's own choice for pictures; the news' come from the publishers' sites.
      "img-src 'self' https:",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; ');
    const page = testbed.page;
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await testbed.open(
      WIDGETS.map((tag) => `<${tag} federation="vo-college-skane" limit="3"><a href="/">Mer</a></${tag}>`).join('\n'),
      { headers: { 'content-security-policy': csp }, wait: false },
    );
    await waitForWidgets(page);
    for (const tag of WIDGETS) expect(await page.locator(`${tag} [part~="item"]`).count()).toBeGreaterThan(0);
    // Styles arrive as constructed stylesheets, which style-src does not govern: the cards still look like cards.
    await page.locator('samverka-news').evaluate((element) => element.setAttribute('layout', 'cards'));
    expect(
      await page
        .locator('samverka-news [part~="item"]')
        .first()
        .evaluate((item) => getComputedStyle(item).borderTopStyle),
    ).toBe('solid');
    await page.locator('samverka-news summary').first().click();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await expectNoAxeViolations(page);
  });
});
