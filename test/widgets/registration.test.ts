import { widgetScriptPath } from '@samverka/server/widgets/routes';
import { describe, expect, it } from 'vitest';
import { useWidgetTestbed, type waitForWidgets } from '../support/browser.js';

describe('defining the elements on other people’s pages', () => {
  const testbed = useWidgetTestbed();

  it('loads the bundle twice (alias and versioned path) without an error; the first definition stays', async () => {
    const errors: string[] = [];
    const warnings: string[] = [];
    testbed.page.on('pageerror', (error) => errors.push(error.message));
    testbed.page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const versioned = await versionedPath();
    const page = await testbed.open(
      `<script type="module" src="${testbed.hub.url}${versioned}"></script>
      <samverka-news federation="vo-college-skane" limit="1"></samverka-news>`,
    );
    expect(await page.locator('samverka-news article').count()).toBe(1);
    expect(errors).toEqual([]);
    // The same version twice is no clash: nothing to warn about.
    expect(warnings).toEqual([]);
  });

  it('warns, and keeps going, when another version defined a tag first', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    testbed.page.on('pageerror', (error) => errors.push(error.message));
    testbed.page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await testbed.page.addInitScript(() => {
      class OlderNews extends HTMLElement {
        static samverkaVersion = '0.0.1';
      }
      customElements.define('samverka-news', OlderNews);
    });
    const page = await testbed.open(
      '<samverka-news federation="vo-college-skane"></samverka-news><samverka-events federation="vo-college-skane"></samverka-events>',
      { wait: false },
    );
    await waitForWidgetsOf(page, 'samverka-events');
    expect(errors).toEqual([]);
    expect(warnings.join('\n')).toMatch(/<samverka-news> is already defined by Samverka widgets 0\.0\.1/);
  });

  async function versionedPath(): Promise<string> {
    const alias = await testbed.hub.app.inject({ method: 'GET', url: '/widgets/samverka.js' });
    expect(alias.statusCode).toBe(200);
    return widgetScriptPath();
  }
});

async function waitForWidgetsOf(page: Parameters<typeof waitForWidgets>[0], tag: string): Promise<void> {
  await page.waitForFunction(
    (name) => Boolean(document.querySelector(name)?.shadowRoot?.querySelector('[part~="list"]')),
    tag,
  );
}
