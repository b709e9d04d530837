import { readFile } from 'node:fs/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { widgetsDistDirectory } from '@samverka/server/widgets/bundles';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { expectNoAxeViolations, useWidgetTestbed } from '../support/browser.js';
import { FEDERATION, logIn } from '../support/newsroom.js';

/** build.mjs's record of the newsroom's chunks: those its module imports at once, and those on demand. */
async function newsroomChunks(): Promise<{ initial: string[]; lazy: string[] }> {
  return JSON.parse(await readFile(`${widgetsDistDirectory()}/newsroom.chunks.json`, 'utf8'));
}

describe('the newsroom’s loading', () => {
  const testbed = useWidgetTestbed();
  let chunks: { initial: string[]; lazy: string[] };

  beforeAll(async () => {
    await seedUser(testbed.hub.database.db, { email: 'lars.laddar@example.org', roles: { [FEDERATION]: 'publisher' } });
    chunks = await newsroomChunks();
  });

  it('shows the login form without the editor’s chunk, and fetches it, under the CSP, when an editor opens', async () => {
    const { page, hub } = testbed;
    expect(chunks.lazy).toEqual([expect.stringMatching(/^chunks\/newsroom-body-editor-[A-Z0-9]{8}\.js$/)]);
    const editorChunk = `/widgets/${chunks.lazy[0]}`;
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));

    await logIn(page, hub, 'lars.laddar@example.org');
    await page.getByRole('link', { name: 'Nyheter' }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Nyheter' }).count()).toBe(1);
    expect(fetched.filter((path) => path.startsWith('/widgets/'))).toEqual([
      expect.stringMatching(/^\/widgets\/newsroom\.[0-9a-f]{12}\.js$/),
      ...chunks.initial.map((chunk) => `/widgets/${chunk}`),
    ]);

    await page.goto(`${hub.url}/newsroom#/news/new?federation=${FEDERATION}`);
    await expect.poll(() => page.getByRole('textbox', { name: 'Brödtext' }).count()).toBe(1);
    expect(fetched).toContain(editorChunk);
    const served = hub.requests.find((request) => request.url === editorChunk);
    expect(served?.status).toBe(200);
    expect(served?.responseHeaders['content-type']).toBe('text/javascript; charset=utf-8');
    expect(served?.responseHeaders['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  it('says so when the editor’s chunk cannot be fetched, and loads it on request', async () => {
    const { page, hub } = testbed;
    let refused = 0;
    await page.route(`**/widgets/${chunks.lazy[0]}`, (route) => {
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
