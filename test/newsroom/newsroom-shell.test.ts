import { readFile } from 'node:fs/promises';
import { widgetsDistDirectory } from '@samverka/server/widgets/bundles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

describe('the newsroom shell', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it.each(['/newsroom', '/newsroom/', '/newsroom/invitation'])(
    'is served at %s with a strict CSP and no inline script',
    async (url) => {
      const response = await testApp.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['x-frame-options']).toBe('DENY');
      const scripts = [...response.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts).toHaveLength(1);
      expect(scripts[0]?.[2]).toBe('');
      const src = /src="([^"]+)"/.exec(scripts[0]?.[1] ?? '')?.[1] ?? '';
      expect(src).toMatch(/^\/widgets\/newsroom\.[0-9a-f]{12}\.js$/);
      const bundle = await testApp.app.inject({ method: 'GET', url: src });
      expect(bundle.statusCode).toBe(200);
      expect(bundle.headers['cache-control']).toContain('immutable');
      expect(bundle.body).toContain('samverka-newsroom');
    },
  );

  it('preloads the chunks its module imports at once, and not the areas’ or the editor’s, which come on demand', async () => {
    const manifest = await readFile(`${widgetsDistDirectory()}/newsroom.chunks.json`, 'utf8');
    const { initial, lazy } = JSON.parse(manifest) as { initial: string[]; lazy: string[] };
    const response = await testApp.app.inject({ method: 'GET', url: '/newsroom' });
    const preloads = [...response.body.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]);
    expect(preloads).toEqual(initial.map((chunk) => `/widgets/${chunk}`));
    expect(lazy.length).toBeGreaterThan(0);
    for (const chunk of lazy) expect(response.body).not.toContain(chunk);
    for (const path of preloads) {
      const chunk = await testApp.app.inject({ method: 'GET', url: path ?? '' });
      expect(chunk.statusCode).toBe(200);
      expect(chunk.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });
});
