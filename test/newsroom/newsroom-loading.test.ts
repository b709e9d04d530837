import { readFile } from 'node:fs/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { widgetsDistDirectory } from '@samverka/server/widgets/bundles';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { FEDERATION, logIn } from '../support/newsroom.js';

/**
 * build.mjs's record of the newsroom's chunks: those its module imports at once, those on demand, and
 * what each import() fetches (its chunk and the chunks it brings), by its chunk.
 */
interface NewsroomChunks {
  initial: string[];
  lazy: string[];
  onDemand: Record<string, string[]>;
}

async function newsroomChunks(): Promise<NewsroomChunks> {
  return JSON.parse(await readFile(`${widgetsDistDirectory()}/newsroom.chunks.json`, 'utf8'));
}

/** The chunk of an import()ed module (news-area, body-editor), as the page asks for it. */
function chunkOf(chunks: NewsroomChunks, module: string): string {
  const chunk = Object.keys(chunks.onDemand).find((path) =>
    new RegExp(`^chunks/newsroom-${module}-[A-Z0-9]{8}\\.js$`).test(path),
  );
  if (!chunk) throw new Error(`no chunk for ${module} in newsroom.chunks.json`);
  return `/widgets/${chunk}`;
}

/** What fetching that module first brings: its chunk and those it imports that the shell has not. */
function broughtBy(chunks: NewsroomChunks, module: string): string[] {
  return (chunks.onDemand[chunkOf(chunks, module).replace('/widgets/', '')] ?? []).map((path) => `/widgets/${path}`);
}

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

describe('the newsroom’s loading', () => {
  const testbed = useWidgetTestbed();
  let chunks: NewsroomChunks;

  beforeAll(async () => {
    await seedUser(testbed.hub.database.db, { email: 'lars.laddar@example.org', roles: { [FEDERATION]: 'publisher' } });
    chunks = await newsroomChunks();
  });

  it('shows the login form and the start view with the shell only, and fetches, under the CSP, the news area when the news opens and the editor’s chunk when an editor opens', async () => {
    const { page, hub } = testbed;
    const areas = Object.keys(chunks.onDemand).filter((chunk) => /-area-/.test(chunk));
    expect(areas.map((chunk) => chunk.replace(/^chunks\/newsroom-|-[A-Z0-9]{8}\.js$/g, '')).sort()).toEqual([
      'account-area',
      'contacts-area',
      'courses-area',
      'events-area',
      'members-area',
      'news-area',
      'people-area',
      'profile-area',
      'sources-area',
      'topics-area',
    ]);
    const editorChunk = chunkOf(chunks, 'body-editor');
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const shell = [
      expect.stringMatching(/^\/widgets\/newsroom\.[0-9a-f]{12}\.js$/),
      ...chunks.initial.map((chunk) => `/widgets/${chunk}`),
    ];

    await logIn(page, hub, 'lars.laddar@example.org');
    await headingHasFocus(page, 'Start');
    // Besides the shell, only the UI language's texts and problem sentences come (English first: the browser
    // prefers it; then Swedish, chosen at the login).
    const languageChunks = ['en', 'sv', 'problems-en', 'problems-sv'].flatMap((name) => broughtBy(chunks, name));
    const widgetFetches = () =>
      fetched.filter((path) => path.startsWith('/widgets/') && !languageChunks.includes(path));
    expect(widgetFetches()).toEqual(shell);
    for (const name of ['sv', 'problems-sv']) expect(fetched).toContain(chunkOf(chunks, name));

    await page.getByRole('link', { name: 'Nyheter' }).first().click();
    await headingHasFocus(page, 'Nyheter');
    const sinceShell = widgetFetches().slice(shell.length);
    expect(sinceShell.sort()).toEqual(broughtBy(chunks, 'news-area').sort());
    expect(fetched).not.toContain(editorChunk);

    await page.goto(`${hub.url}/newsroom#/news/new?federation=${FEDERATION}`);
    await expect.poll(() => page.getByRole('textbox', { name: 'Brödtext' }).count()).toBe(1);
    expect(fetched).toContain(editorChunk);
    const served = hub.requests.find((request) => request.url === editorChunk);
    expect(served?.status).toBe(200);
    expect(served?.responseHeaders['content-type']).toBe('text/javascript; charset=utf-8');
    expect(served?.responseHeaders['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  it('fetches no area on the login page, even at an area’s address, and only that area once signed in', async () => {
    const { page, hub } = testbed;
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const areaChunks = () => fetched.filter((path) => /^\/widgets\/chunks\/newsroom-[a-z-]+-area-/.test(path));

    await page.goto(`${hub.url}/newsroom#/events`);
    await expect.poll(() => page.getByRole('button', { name: /^(Log in|Logga in)$/ }).count()).toBe(1);
    expect(areaChunks()).toEqual([]);

    await logIn(page, hub, 'lars.laddar@example.org', '#/events');
    await headingHasFocus(page, 'Evenemang');
    expect(areaChunks()).toEqual([chunkOf(chunks, 'events-area')]);
    expect(fetched).toEqual(expect.arrayContaining(broughtBy(chunks, 'events-area')));
    expect(fetched).not.toContain(chunkOf(chunks, 'body-editor'));
    const newsOnly = broughtBy(chunks, 'news-area').filter(
      (chunk) => !broughtBy(chunks, 'events-area').includes(chunk),
    );
    expect(newsOnly.length).toBeGreaterThan(0);
    for (const chunk of newsOnly) expect(fetched).not.toContain(chunk);
  });

  it('says “loading” while an area’s chunk comes, and, when it cannot be fetched, says so and loads it on request', async () => {
    const { page, hub } = testbed;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = 0;
    await page.route(`**${chunkOf(chunks, 'events-area')}`, async (route) => {
      asked += 1;
      if (asked > 1) return route.continue();
      await held;
      return route.abort('internetdisconnected');
    });
    await logIn(page, hub, 'lars.laddar@example.org', '#/events');
    const main = page.getByRole('main');
    await expect.poll(() => main.getByRole('status').filter({ hasText: 'Laddar…' }).count()).toBe(1);
    await expect.poll(() => asked).toBe(1);

    release();
    const failed = main.getByRole('alert').filter({ hasText: 'Sidan kunde inte laddas.' });
    await expect.poll(() => failed.count()).toBe(1);
    expect(await main.getByRole('status').filter({ hasText: 'Laddar…' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Evenemang' }).getAttribute('aria-current')).toBe('page');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Ladda sidan igen' }).click();
    await headingHasFocus(page, 'Evenemang');
    expect(await failed.count()).toBe(0);
    expect(asked).toBe(2);
  });

  it('says so when the editor’s chunk cannot be fetched, and loads it on request', async () => {
    const { page, hub } = testbed;
    let refused = 0;
    await page.route(`**${chunkOf(chunks, 'body-editor')}`, (route) => {
      refused += 1;
      return refused === 1 ? route.abort('internetdisconnected') : route.continue();
    });
    await logIn(page, hub, 'lars.laddar@example.org', `#/news/new?federation=${FEDERATION}`);
    const failed = page.getByRole('alert').filter({ hasText: 'Textredigeraren kunde inte laddas.' });
    await expect.poll(() => failed.count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Fet' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Ladda textredigeraren igen' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Brödtext' }).count()).toBe(1);
    expect(await failed.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Fet' }).isDisabled()).toBe(false);
  });

  it('keeps the page in its language when the other language’s texts cannot be fetched, and says so in both languages when none can', async () => {
    const { page, hub } = testbed;
    // The browser prefers English: Swedish is chosen beforehand, as a returning user has it.
    await page.addInitScript(() => localStorage.setItem('samverka-newsroom-language', 'sv'));
    await page.route(`**${chunkOf(chunks, 'en')}`, (route) => route.abort('internetdisconnected'));
    await logIn(page, hub, 'lars.laddar@example.org');
    await page.getByLabel('Språk').selectOption('en');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Sidan kunde inte laddas.' }).count()).toBe(1);
    expect(await page.getByLabel('Språk').inputValue()).toBe('sv');
    expect(await page.getByRole('button', { name: 'Logga ut' }).count()).toBe(1);

    await page.route(`**${chunkOf(chunks, 'sv')}`, (route) => route.abort('internetdisconnected'));
    await page.reload();
    const failed = page.getByRole('alert').filter({ hasText: 'Nyhetsrummet kunde inte laddas' });
    await expect.poll(() => failed.count()).toBe(1);
    expect(await failed.textContent()).toContain('The newsroom could not load');
    await expectNoAxeViolations(page);
  });

  it('serves every chunk compressed, unchanged, and answers 404 for a chunk it does not have', async () => {
    const get = (url: string, encoding?: string) =>
      testbed.hub.app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });
    for (const chunk of [...chunks.initial, ...chunks.lazy]) {
      const built = await readFile(`${widgetsDistDirectory()}/${chunk}`);
      const brotli = await get(`/widgets/${chunk}`, 'gzip, br');
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.headers.vary).toContain('Accept-Encoding');
      expect(brotli.headers['x-content-type-options']).toBe('nosniff');
      expect(brotliDecompressSync(brotli.rawPayload).equals(built)).toBe(true);
      const gzip = await get(`/widgets/${chunk}`, 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.rawPayload).equals(built)).toBe(true);
      expect((await get(`/widgets/${chunk}`)).rawPayload.equals(built)).toBe(true);
    }
    const missing = await get('/widgets/chunks/newsroom-body-editor-AAAAAAAA.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await get('/widgets/chunks/..%2Fnewsroom.chunks.json')).statusCode).toBe(404);
  });
});
