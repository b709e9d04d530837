import type { Database } from '@samverka/db/database';
import { findFederationBySlug } from '@samverka/db/federations';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { federationMap } from './federation-map.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Memberships change seldom, so a map may be reused for five minutes, then revalidated with its
 * ETag (the app's ETag plugin answers If-None-Match with a 304).
 */
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

/** Mounts `GET /geo/federations/{slug}.json`: a federation's region as projected SVG paths. */
export function registerGeo(app: FastifyInstance, db: Kysely<Database>): void {
  app.get<{ Params: { slug: string } }>('/geo/federations/:slug.json', async (request, reply) => {
    const { slug } = request.params;
    const federation = SLUG.test(slug) ? await findFederationBySlug(db, slug) : undefined;
    if (!federation) {
      return reply
        .code(404)
        .header('cache-control', 'no-store')
        .send({ error: `There is no federation with the slug "${slug.slice(0, 100)}".`, code: 'NOT_FOUND' });
    }
    const map = await federationMap(db, federation);
    return reply.header('cache-control', CACHE_CONTROL).send(map);
  });
}
