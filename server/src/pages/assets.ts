import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';

/** server/assets/pages/; resolves from src/pages/ and dist/pages/ alike. */
const assetDir = new URL('../../assets/pages/', import.meta.url);

const STYLESHEETS = ['site', 'embed'] as const;

/** Serves the pages' stylesheets at /pages/{name}.css, read once. */
export function registerPageAssets(app: FastifyInstance): void {
  for (const name of STYLESHEETS) {
    let css: Promise<string> | undefined;
    app.get(`/pages/${name}.css`, async (_request, reply) => {
      css ??= readFile(new URL(`${name}.css`, assetDir), 'utf8').catch((error: unknown) => {
        css = undefined;
        throw error;
      });
      return reply
        .type('text/css; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .send(await css);
    });
  }
}
