import { demoWidgets } from '@samverka/server/pages/demo-widgets';
import { snippetHtml } from '@samverka/server/pages/snippet';
import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useWidgetTestbed, waitForWidgets } from '../support/browser.js';

/** A 1×1 transparent GIF for the demo news images, whose made-up hosts this machine cannot reach. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

describe('the embed builder at /embed', () => {
  const testbed = useWidgetTestbed();

  async function openBuilder(query = ''): Promise<{ page: Page; problems: string[] }> {
    const page = testbed.page;
    const problems: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page
      .context()
      .route(/^https:\/\/images\.example\//, (route) => route.fulfill({ contentType: 'image/gif', body: PIXEL }));
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`${testbed.hub.url}/embed${query}`);
    await page.locator('#federation:enabled').waitFor();
    await waitForWidgets(page);
    return { page, problems };
  }

  const snippetOf = (page: Page) => page.locator('#snippet').inputValue();

  it('makes a snippet that, pasted into a blank page of another origin, renders the same listing as the preview', async () => {
    const { page, problems } = await openBuilder();
    await page.getByRole('radio', { name: 'Nyheter', exact: true }).check();
    await page.getByLabel('Förbund eller nätverk').selectOption('goteborgsregionen');
    await page.getByLabel('Antal').fill('2');
    await page.getByRole('radio', { name: 'Kort', exact: true }).check();
    await page.getByLabel('Rubriknivå för posterna').selectOption('4');
    await page.getByLabel('Accent (länkar, knappar)').fill('#aa3300');
    const preview = page.locator('#preview samverka-news');
    await expect.poll(() => preview.locator('article h4').count()).toBe(2);
    const previewTitles = await preview.locator('article h4').allInnerTexts();
    const previewListing = await preview.locator('[part~="list"]').textContent();

    const snippet = await snippetOf(page);
    expect(snippet).toBe(
      [
        `<script type="module" src="${testbed.hub.url}/widgets/samverka.js"></script>`,
        '<samverka-news federation="goteborgsregionen" limit="2" layout="cards" heading-level="4" style="--samverka-color-accent: #aa3300">',
        '  <a href="https://goteborgsregionen.se/">Göteborgsregionen</a>',
        '</samverka-news>',
      ].join('\n'),
    );

    const blank = testbed.host.page('/blank.html', {
      html: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Ny sida</title></head><body><main><h1>Ny sida</h1>\n${snippet}\n</main></body></html>`,
      headers: {
        // Scripts from the hub only; the colours come in the element's style attribute.
        'content-security-policy': `default-src 'none'; script-src ${testbed.hub.url}; connect-src ${testbed.hub.url}; style-src-attr 'unsafe-inline'`,
      },
    });
    const pasted = await page.context().newPage();
    await pasted.goto(blank);
    expect(new URL(pasted.url()).origin).not.toBe(testbed.hub.url);
    await waitForWidgets(pasted);
    const widget = pasted.locator('samverka-news');
    expect(await widget.locator('article h4').allInnerTexts()).toEqual(previewTitles);
    expect(await widget.locator('[part~="list"]').textContent()).toBe(previewListing);
    expect(await widget.getAttribute('layout')).toBe('cards');
    const accent = await widget.locator('[part~="subscribe"]').evaluate((link) => getComputedStyle(link).color);
    expect(accent).toBe('rgb(170, 51, 0)');
    expect(problems).toEqual([]);
  });

  it('makes the very snippets the demo page embeds', async () => {
    const { page } = await openBuilder();
    const federation = await testbed.hub.database.db
      .selectFrom('federations')
      .select(['slug', 'name', 'website'])
      .where('slug', '=', 'vo-college-skane')
      .executeTakeFirstOrThrow();
    const demo = demoWidgets(testbed.hub.url, federation);
    await page.getByLabel('Antal').fill('3');
    await page.getByLabel('Uppdatera automatiskt').selectOption('300');
    expect(await snippetOf(page)).toBe(snippetHtml(testbed.hub.url, demo.news));
    await page.getByRole('radio', { name: 'Utbildningar', exact: true }).check();
    await page.getByRole('radio', { name: 'Kort', exact: true }).check();
    await page.getByLabel('Antal').fill('4');
    await page.getByLabel('Uppdatera automatiskt').selectOption('');
    expect(await snippetOf(page)).toBe(snippetHtml(testbed.hub.url, demo.courses));
    await page.getByRole('radio', { name: 'Medlemskommuner', exact: true }).check();
    await page.getByRole('radio', { name: 'Karta', exact: true }).check();
    expect(await snippetOf(page)).toBe(snippetHtml(testbed.hub.url, demo.members));
  });

  it('offers only what the chosen widget takes, the map for the members', async () => {
    const { page } = await openBuilder();
    await page.getByRole('radio', { name: 'Medlemskommuner', exact: true }).check();
    expect(await page.getByLabel('Ämne').isVisible()).toBe(false);
    expect(await page.getByLabel('Antal').isVisible()).toBe(false);
    await page.getByRole('radio', { name: 'Karta', exact: true }).check();
    await page.locator('#preview samverka-members svg.region').waitFor();
    // VO-College Skåne has no website of its own, and a news feed is no fallback for a member list.
    expect(await snippetOf(page)).toContain(
      '<samverka-members federation="vo-college-skane" layout="map"></samverka-members>',
    );

    await page.getByRole('radio', { name: 'Nyheter', exact: true }).check();
    expect(await page.getByRole('radio', { name: 'Karta', exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('radio', { name: 'Lista', exact: true }).isChecked()).toBe(true);
    expect(await snippetOf(page)).not.toContain('layout=');
  });

  it('filters by a member municipality and a topic from the API', async () => {
    const { page } = await openBuilder();
    await page.getByLabel('Bara det som rör kommunen').selectOption({ label: 'Lomma' });
    const topic = page.getByLabel('Ämne');
    const firstTopic = await topic.locator('option').nth(1).getAttribute('value');
    await topic.selectOption(firstTopic ?? '');
    await page.getByLabel('Antal').fill('500');
    const snippet = await snippetOf(page);
    // The widget would show 100 at most: the snippet says what it does.
    expect(snippet).toContain(`municipality="1262" topic="${firstTopic}" limit="100"`);
    await expect.poll(() => page.locator('#preview samverka-news').getAttribute('municipality')).toBe('1262');
  });

  it('copies the snippet and says so', async () => {
    const { page } = await openBuilder();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: testbed.hub.url });
    await page.getByRole('button', { name: 'Kopiera koden' }).click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Koden är kopierad.');
    expect(await page.locator('#copy-status').getAttribute('role')).toBe('status');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippetOf(page));
  });

  it('passes axe in Swedish and in English, with the page in each language', async () => {
    const { page, problems } = await openBuilder();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'In English' }).click();
    await page.locator('#federation:enabled').waitFor();
    await waitForWidgets(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Build a widget');
    expect(await page.locator('legend').allInnerTexts()).toEqual([
      'Widget',
      'Content',
      'Appearance',
      'Layout',
      'Colours',
    ]);
    // The preview follows the page's language, as a pasted widget follows its host's.
    expect(await page.locator('#preview samverka-news [part~="subscribe"]').textContent()).toMatch(/^Subscribe/);
    await page.getByRole('radio', { name: 'Member municipalities', exact: true }).check();
    await page.getByRole('radio', { name: 'Map', exact: true }).check();
    await page.locator('#preview samverka-members svg.region').waitFor();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
});
