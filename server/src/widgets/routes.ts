import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type CompressedFile, readWidgetBundles, type WidgetBundle } from './bundles.js';
import { readWidgetChunks, type WidgetChunks } from './chunks.js';

export const WIDGETS_PATH = '/widgets';
const IMMUTABLE = 'public, max-age=31536000, immutable';
// The alias must follow a deploy soon, yet spare the hub a request per page view.
const ALIAS_CACHE = 'public, max-age=300, stale-while-revalidate=3600';

let current: Map<string, WidgetBundle> | undefined;
let currentChunks: WidgetChunks | undefined;

/**
 * The path of a bundle's current versioned file, e.g. `/widgets/samverka.3f9a1c2b7d.js`, for pages the
 * hub serves itself; the widget routes must be registered first.
 */
export function widgetScriptPath(name = 'samverka.js'): string {
  const bundle = current?.get(name);
  if (!bundle) throw new Error(`No widget bundle named ${name}; is registerWidgets called, and the bundle built?`);
  return `${WIDGETS_PATH}/${bundle.versionedName}`;
}

/** The paths of the chunks a bundle imports at once (e.g. the newsroom's), for `<link rel="modulepreload">`. */
export function widgetPreloadPaths(name: string): string[] {
  return (currentChunks?.initial.get(name) ?? []).map((file) => `${WIDGETS_PATH}/chunks/${file}`);
}

/**
 * Serves each bundle at its content-hashed path, cached for a year, and at its stable name, cached
 * for minutes; a split bundle's chunks at theirs under chunks/, named by their content hash already, so
 * cached for a year. Any site may load them (the app's CORS allows every origin, without credentials).
 */
export async function registerWidgets(app: FastifyInstance, directory?: string): Promise<void> {
  const bundles = await readWidgetBundles(directory);
  const chunks = await readWidgetChunks(directory);
  current = bundles;
  currentChunks = chunks;
  const byPath = new Map<string, { bundle: WidgetBundle; cacheControl: string }>();
  for (const bundle of bundles.values()) {
    byPath.set(bundle.versionedName, { bundle, cacheControl: IMMUTABLE });
    byPath.set(bundle.name, { bundle, cacheControl: ALIAS_CACHE });
  }
  app.get<{ Params: { file: string } }>(`${WIDGETS_PATH}/:file`, async (request, reply) => {
    const found = byPath.get(request.params.file);
    if (!found) {
      return reply.code(404).send({ error: `No widget bundle named ${request.params.file}`, code: 'NOT_FOUND' });
    }
    return sendScript(request, reply, found.bundle, found.cacheControl);
  });
  app.get<{ Params: { file: string } }>(`${WIDGETS_PATH}/chunks/:file`, async (request, reply) => {
    const chunk = chunks.files.get(request.params.file);
    if (!chunk) {
      return reply.code(404).send({ error: `No widget chunk named ${request.params.file}`, code: 'NOT_FOUND' });
    }
    return sendScript(request, reply, chunk, IMMUTABLE);
  });
}

function sendScript(
  request: FastifyRequest,
  reply: FastifyReply,
  bundle: CompressedFile,
  cacheControl: string,
): FastifyReply {
  reply
    .type('text/javascript; charset=utf-8')
    .header('cache-control', cacheControl)
    .header('vary', 'Accept-Encoding')
    .header('x-content-type-options', 'nosniff')
    .header('cross-origin-resource-policy', 'cross-origin');
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return reply.header('content-encoding', 'br').send(bundle.brotli);
  if (/\bgzip\b/.test(accepted)) return reply.header('content-encoding', 'gzip').send(bundle.gzip);
  return reply.send(bundle.content);
}
