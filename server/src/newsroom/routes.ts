import type { FastifyInstance, FastifyReply } from 'fastify';
import { widgetPreloadPaths, widgetScriptPath } from '../widgets/routes.js';
import { NEWSROOM_CSP, newsroomShell } from './shell.js';

export const NEWSROOM_PATH = '/newsroom';

/**
 * The newsroom web app: the same shell at /newsroom and every path below it (the app reads the path,
 * e.g. /newsroom/invitation#token=…). It speaks only the public API, with the user's token.
 * The widget routes must be registered first: the shell names the bundle's versioned file and the chunks
 * it imports at once (the editor's chunk comes later, when an editor opens).
 */
export function registerNewsroom(app: FastifyInstance): void {
  const html = newsroomShell(widgetScriptPath('newsroom.js'), widgetPreloadPaths('newsroom.js'));
  const send = async (_request: unknown, reply: FastifyReply): Promise<FastifyReply> =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', NEWSROOM_CSP)
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .header('x-frame-options', 'DENY')
      .send(html);
  app.get(NEWSROOM_PATH, send);
  app.get(`${NEWSROOM_PATH}/*`, send);
}
