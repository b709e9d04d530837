import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useWidgetTestbed } from '../support/browser.js';

// What a hub that failed to sanitise might send: the widget's own pass must keep all of it inert.
const UNSAFE_BODY =
  '<h2>Mellanrubrik</h2><p>Text <strong>fet</strong> <a href="javascript:alert(1)">farlig länk</a> ' +
  '<a href="https://example.org/ok" onclick="alert(2)">bra länk</a></p>' +
  '<img src="x" onerror="window.__pwned = true"><script>window.__pwned = true</script>' +
  '<iframe src="https://example.org"></iframe><div style="position:fixed" class="x">inne i div</div>' +
  '<svg><script>window.__pwned = true</script></svg><h3>Underrubrik</h3>';

describe('rich text in the widgets', () => {
  const testbed = useWidgetTestbed();

  it('rebuilds the body from an allow-list, even when the hub sends markup it should not have', async () => {
    const item = await testbed.hub.database.db
      .selectFrom('news_items')
      .innerJoin('federations', 'federations.id', 'news_items.federation_id')
      .select('news_items.id')
      .where('federations.slug', '=', 'akademi-norr')
      .where('news_items.status', '=', 'published')
      .orderBy('news_items.published_at', 'desc')
      .executeTakeFirstOrThrow();
    // Written past the repository (which sanitises), as only a broken hub could.
    await sql`update news_items set body_html = ${UNSAFE_BODY} where id = ${item.id}`.execute(testbed.hub.database.db);

    const page = await testbed.open(
      '<samverka-news federation="akademi-norr" limit="1" heading-level="2"></samverka-news>',
    );
    await page.locator('samverka-news summary').click();
    const body = page.locator('samverka-news [part~="body"]');
    const markup = await body.evaluate((element) => element.innerHTML);
    expect(markup).not.toMatch(/script|onerror|onclick|javascript:|iframe|style=|class=|svg/i);
    expect(await body.locator('strong').textContent()).toBe('fet');
    expect(await body.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      null,
      'https://example.org/ok',
    ]);
    expect(await body.textContent()).toContain('inne i div');
    // The item's title is an h2, so the body's headings move below it.
    expect(await body.locator('h3').textContent()).toBe('Mellanrubrik');
    expect(await body.locator('h4').textContent()).toBe('Underrubrik');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });
});
