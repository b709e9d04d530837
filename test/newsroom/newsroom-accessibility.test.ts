import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { FEDERATION, logIn } from '../support/newsroom.js';
import { tinyImage } from '../support/uploads.js';

/** The h1 of the view on screen has the focus (inside the shadow roots), as after every view change. */
async function headingHasFocus(page: Page, text: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        let active: Element | null = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.tagName === 'H1' ? active.textContent : null;
      }),
    )
    .toBe(text);
}

describe('every newsroom view', () => {
  const testbed = useWidgetTestbed();

  beforeAll(async () => {
    await seedUser(testbed.hub.database.db, { email: 'axel.axe@example.org', roles: { [FEDERATION]: 'admin' } });
  });

  it('has no axe violations, and puts the focus on the heading of each view it opens', async () => {
    const { page, hub } = testbed;
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(`${hub.url}/newsroom`);
    await page.getByLabel(/^(Language|Språk)$/).selectOption('sv');
    await expectNoAxeViolations(page);
    await page.getByLabel('E-postadress').fill('axel.axe@example.org');
    await page.getByLabel('Lösenord').fill('fel lösenord här');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    await expectNoAxeViolations(page);

    await logIn(page, hub, 'axel.axe@example.org');
    await headingHasFocus(page, 'Start');
    await expectNoAxeViolations(page);
    for (const [link, heading] of [
      ['Nyheter', 'Nyheter'],
      ['Utbildningar', 'Utbildningar'],
      ['Personer', 'Personer'],
      ['Konto', 'Konto'],
    ]) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await headingHasFocus(page, heading as string);
      await expectNoAxeViolations(page);
    }

    await page.goto(`${hub.url}/newsroom#/news/new?federation=${FEDERATION}`);
    await headingHasFocus(page, 'Ny nyhet');
    await page.getByLabel('Rubrik').fill('Tillgänglig nyhet');
    await page
      .getByLabel('Ladda upp en bild')
      .setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: await tinyImage('png') });
    await page.getByRole('button', { name: 'Publicera nu' }).click();
    await expect.poll(() => page.getByText('Beskriv bilden (alternativtext) innan du publicerar.').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.getByLabel('Alternativtext för bild 1').fill('En tom färgruta');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect.poll(() => page.locator('newsroom-news-history li').count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.goto(`${hub.url}/newsroom#/courses/new?federation=${FEDERATION}`);
    await headingHasFocus(page, 'Ny utbildning');
    await expectNoAxeViolations(page);

    // The strict CSP held, and nothing in the app needed more.
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

    await page.goto(`${hub.url}/newsroom/invitation#token=svk_inv_example`);
    await headingHasFocus(page, 'Anta inbjudan');
    await expectNoAxeViolations(page);
  });

  it('switches to English, marks the document so, and stays accessible', async () => {
    const { page, hub } = testbed;
    await logIn(page, hub, 'axel.axe@example.org');
    await page.getByLabel('Språk').selectOption('en');
    await expect.poll(() => page.getByRole('button', { name: 'Log out' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('link', { name: 'News', exact: true }).click();
    await headingHasFocus(page, 'News');
    await expectNoAxeViolations(page);
    await page.reload();
    await expect.poll(() => page.getByRole('link', { name: 'Account', exact: true }).count()).toBe(1);
  });
});
