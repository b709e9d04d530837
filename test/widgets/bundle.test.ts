import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { readWidgetBundles, widgetsDistDirectory } from '@samverka/server/widgets/bundles';
import { widgetScriptPath } from '@samverka/server/widgets/routes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

const BUDGET_BYTES = 25 * 1024;

describe('the widget bundle, served by the hub', () => {
  let test: TestApp;
  let built: Buffer;
  beforeAll(async () => {
    test = await startTestApp({ demo: false });
    built = await readFile(`${widgetsDistDirectory()}/samverka.js`);
  });
  afterAll(() => test.close());

  it('serves the content-hashed path for a year, immutable, to any site', async () => {
    const path = widgetScriptPath();
    expect(path).toMatch(/^\/widgets\/samverka\.[0-9a-f]{12}\.js$/);
    const response = await test.app.inject({ method: 'GET', url: path, headers: { origin: 'https://kommun.example' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.rawPayload.equals(built)).toBe(true);
  });

  it('serves the stable alias with a short cache and an ETag, answering If-None-Match with a 304', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/widgets/samverka.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=300, stale-while-revalidate=3600');
    expect(response.rawPayload.equals(built)).toBe(true);
    const etag = String(response.headers.etag);
    const again = await test.app.inject({
      method: 'GET',
      url: '/widgets/samverka.js',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
  });

  it('sends it compressed to browsers that accept it, within the size budget', async () => {
    const gzip = await test.app.inject({
      method: 'GET',
      url: '/widgets/samverka.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toContain('Accept-Encoding');
    expect(gunzipSync(gzip.rawPayload).equals(built)).toBe(true);
    expect(gzip.rawPayload.length).toBeLessThanOrEqual(BUDGET_BYTES);
    const brotli = await test.app.inject({
      method: 'GET',
      url: '/widgets/samverka.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.rawPayload.length).toBeLessThan(gzip.rawPayload.length);
  });

  it('answers 404 for any other file, and changes the versioned name when the content changes', async () => {
    const missing = await test.app.inject({ method: 'GET', url: '/widgets/samverka.0123456789ab.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND' });
    const directory = await mkdtemp(`${tmpdir()}/samverka-widgets-`);
    await writeFile(`${directory}/samverka.js`, `${built.toString()}\n// changed`);
    const changed = (await readWidgetBundles(directory)).get('samverka.js');
    expect(changed?.versionedName).toMatch(/^samverka\.[0-9a-f]{12}\.js$/);
    expect(`/widgets/${changed?.versionedName}`).not.toBe(widgetScriptPath());
  });

  it('refuses to start without a built bundle, saying how to build it', async () => {
    await expect(readWidgetBundles('/nonexistent/widgets/dist')).rejects.toThrow(/npm run build:widgets/);
  });
});
