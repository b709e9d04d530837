import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

describe('the pages the hub serves', () => {
  let test: TestApp;
  const get = (url: string) => test.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    test = await startTestApp({ demo: false });
  });
  afterAll(() => test.close());

  it('says what to do when the demo page has no demo data to show', async () => {
    const response = await get('/');
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('SAMVERKA_DEMO_DATA=true');
  });

  it('serves the builder in Swedish and English with a strict CSP and its scripts at versioned paths', async () => {
    const swedish = await get('/embed');
    expect(swedish.statusCode).toBe(200);
    expect(swedish.headers['content-security-policy']).toBe(
      "default-src 'none'; script-src 'self' http://localhost; style-src 'self' http://localhost; " +
        "connect-src 'self' http://localhost; img-src 'self' data: https:; base-uri 'none'; form-action 'self'; " +
        "frame-ancestors 'none'",
    );
    expect(swedish.body).toContain('<html lang="sv">');
    const scripts = [...swedish.body.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map(
      (match) => match[1],
    );
    expect(scripts).toEqual([
      expect.stringMatching(/^\/widgets\/samverka\.[0-9a-f]{12}\.js$/),
      expect.stringMatching(/^\/widgets\/embed-builder\.[0-9a-f]{12}\.js$/),
    ]);
    for (const script of scripts) {
      const response = await get(script ?? '');
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toContain('immutable');
    }
    expect((await get('/embed?lang=en')).body).toContain('<h1>Build a widget</h1>');
    expect((await get('/embed?lang=xx')).body).toContain('<h1>Skapa en widget</h1>');
  });

  it('labels every control of the builder', async () => {
    const body = (await get('/embed')).body;
    const ids = [...body.matchAll(/<(?:select|input|textarea)[^>]*\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(body, id).toContain(`<label for="${id}"`);
  });

  it.each([
    ['/pages/site.css', '--samverka-color-accent'],
    ['/pages/embed.css', '.builder'],
  ])('serves %s', async (url, content) => {
    const response = await get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(response.body).toContain(content);
  });
});
