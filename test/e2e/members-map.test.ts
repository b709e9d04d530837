import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';

const SKANE = 'vo-college-skane';
const mapRequests = (testbed: ReturnType<typeof useWidgetTestbed>) =>
  testbed.hub.requests.filter((request) => request.url.startsWith('/geo/'));

describe('<samverka-members layout="map"> on a host page of another origin', () => {
  const testbed = useWidgetTestbed();

  it('draws the region with the members hatched and outlined, and a text alternative', async () => {
    const before = mapRequests(testbed).length;
    const page = await testbed.open(`<samverka-members federation="${SKANE}" layout="map"></samverka-members>`);
    const map = page.locator('samverka-members svg.region');
    await map.waitFor();
    expect(await map.locator('path').count()).toBe(33);
    const members = map.locator('path.member');
    expect(await members.count()).toBe(30);
    // More than colour alone (WCAG 1.4.1): a hatch pattern and a heavier outline.
    expect(
      await members.evaluateAll((paths) => paths.every((path) => path.getAttribute('fill') === 'url(#member-hatch)')),
    ).toBe(true);
    const strokes = await map.evaluate((svg) => {
      const width = (selector: string) =>
        Number.parseFloat(getComputedStyle(svg.querySelector(selector) as Element).strokeWidth);
      return { member: width('path.member'), other: width('path.other') };
    });
    expect(strokes.member).toBeGreaterThan(strokes.other);
    expect(await map.locator('pattern#member-hatch line').count()).toBe(1);

    expect(await map.getAttribute('role')).toBe('img');
    expect(await map.getAttribute('aria-labelledby')).toBe('map-title map-description');
    expect(await map.locator('#map-title').textContent()).toBe('Karta över Skåne');
    expect(await map.locator('#map-description').textContent()).toBe(
      '30 av 33 kommuner är medlemmar. Inte medlemmar: Båstad, Vellinge och Östra Göinge.',
    );
    expect(await page.locator('samverka-members [part~="legend"]').allInnerTexts()).toEqual(['Medlem', 'Inte medlem']);
    expect(await page.locator('samverka-members [part~="attribution"]').textContent()).toContain('Valmyndigheten');
    // The members stay readable as a list under the map.
    const list = page.locator('samverka-members details[part~="map-list"]');
    expect(await list.locator('summary').textContent()).toBe('Visa medlemmarna som lista');
    expect(await list.locator('li').count()).toBe(30);
    expect(mapRequests(testbed).length - before).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('fetches the map only when it is shown, once for two widgets of one federation', async () => {
    const before = mapRequests(testbed).length;
    await testbed.open(`<samverka-members federation="${SKANE}"></samverka-members>`);
    expect(mapRequests(testbed).length).toBe(before);

    const page = await testbed.open(
      `<samverka-members federation="akademi-norr" layout="map"></samverka-members>
       <samverka-members federation="akademi-norr" layout="map" lang="en"></samverka-members>`,
    );
    await expect.poll(() => page.locator('samverka-members svg.region').count()).toBe(2);
    const requests = mapRequests(testbed).slice(before);
    expect(requests.map((request) => request.url)).toEqual(['/geo/federations/akademi-norr.json']);

    // The same page's first widget switches to a list and back: the map is drawn again from the page's copy.
    const first = page.locator('samverka-members').first();
    await first.evaluate((element) => element.setAttribute('layout', 'list'));
    await expect.poll(() => first.locator('svg.region').count()).toBe(0);
    await first.evaluate((element) => element.setAttribute('layout', 'map'));
    await expect.poll(() => first.locator('svg.region').count()).toBe(1);
    expect(mapRequests(testbed).length - before).toBe(1);
  });

  it('speaks the widget’s language and credits Kartverket on a Norwegian map', async () => {
    const page = await testbed.open(
      '<samverka-members federation="verdighetsenteret" layout="map"></samverka-members>',
      {
        lang: 'nb',
      },
    );
    const map = page.locator('samverka-members svg.region');
    await map.waitFor();
    expect(await map.locator('#map-title').textContent()).toBe('Kart over kommunene i Verdighetsenteret');
    expect(await map.locator('#map-description').textContent()).toMatch(
      /^4 av \d+ kommuner er medlemmer\. Medlemmer: /,
    );
    expect(await page.locator('samverka-members [part~="attribution"]').textContent()).toBe(
      'Kommunegrenser © Kartverket (CC BY 4.0)',
    );
    expect(await page.locator('samverka-members [part~="legend"]').allInnerTexts()).toEqual(['Medlem', 'Ikke medlem']);
    await expectNoAxeViolations(page);
  });

  it('says so when the map cannot be had, keeps the list, and draws it on retry', async () => {
    let failing = true;
    await testbed.page.route('**/geo/federations/**', (route) =>
      failing ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
    );
    const page = await testbed.open(`<samverka-members federation="${SKANE}" layout="map"></samverka-members>`);
    const retry = page.locator('samverka-members samverka-members-map button');
    await retry.waitFor();
    expect(await page.locator('samverka-members samverka-members-map .placeholder p').textContent()).toBe(
      'Kartan kunde inte visas.',
    );
    expect(await page.locator('samverka-members details li').count()).toBe(30);
    await expectNoAxeViolations(page);
    failing = false;
    await retry.click();
    await page.locator('samverka-members svg.region').waitFor();
  });
});
