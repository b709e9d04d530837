import cors from '@fastify/cors';
import etag from '@fastify/etag';
import type { Database } from '@samverka/db/database';
import { LoginLimiter } from '@samverka/schema/auth/login-limiter';
import { AltairFastify } from 'altair-fastify-plugin';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { registerFeeds } from './feeds/routes.js';
import { registerGeo } from './geo/routes.js';
import { registerGraphql } from './graphql.js';
import { registerHealth } from './health.js';
import { AddressPolicy } from './ingest/address-policy.js';
import { DEFAULT_FEED_POLL_INTERVAL_MS, scheduleFeedPolling } from './ingest/feed-poller.js';
import { createFeedFetcher, type FeedFetcher } from './ingest/fetch-feed.js';
import { runFeedSource } from './ingest/run-feed-source.js';
import { DEFAULT_PUBLISH_INTERVAL_MS, scheduleNewsPublishing } from './news-scheduler.js';
import { registerNewsroom } from './newsroom/routes.js';
import { registerPages } from './pages/routes.js';
import { registerUploads, type UploadRouteOptions } from './uploads/routes.js';
import { registerWidgets } from './widgets/routes.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  db: Kysely<Database>;
  logger: FastifyBaseLogger;
  /** See ServerConfig.trustProxy. */
  trustProxy?: false | number | string[];
  /** Where login attempts are counted: Redis when the hub has one, this process otherwise. */
  loginLimiter?: LoginLimiter;
  /** Where readers reach the hub, without a trailing slash; `app.inject` requests go to http://localhost. */
  publicUrl?: string;
  /** How often scheduled news is checked for being due. */
  publishIntervalMs?: number;
  /** How often due feed sources are checked for; 0 switches polling off on this instance. */
  feedPollIntervalMs?: number;
  /** See ServerConfig.feedAllowedAddresses; ignored when `feedFetcher` is given. */
  feedAllowedAddresses?: string[];
  /** How source feeds are fetched; made from the options above when left out. */
  feedFetcher?: FeedFetcher;
  /** Where images go and how large they may be; see ServerConfig.uploadDir and uploadMaxBytes. */
  uploads?: Pick<UploadRouteOptions, 'directory' | 'maxBytes'>;
}

/** The hub's HTTP server, ready to listen; nothing here knows which database is behind `db`. */
export async function buildApp({
  db,
  logger,
  trustProxy = false,
  loginLimiter = new LoginLimiter(),
  publicUrl = 'http://localhost',
  publishIntervalMs = DEFAULT_PUBLISH_INTERVAL_MS,
  feedPollIntervalMs = DEFAULT_FEED_POLL_INTERVAL_MS,
  feedAllowedAddresses = [],
  feedFetcher,
  uploads = {},
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: MAX_BODY_BYTES,
    // A hop count becomes proxy-addr's trust function: believe the nearest N hops only.
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    return503OnClosing: true,
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    reply.code(status).send({
      error: status >= 500 ? 'Internal server error' : error.message,
      code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : (error.code ?? 'BAD_REQUEST'),
    });
  });

  // Public reads are for any site; no cookies are ever involved, so credentials stay off.
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Authorization', 'Apollo-Require-Preflight', 'If-None-Match'],
    exposedHeaders: ['ETag'],
    maxAge: 86400,
    credentials: false,
  });
  await app.register(etag);
  // The explorer's page is configured at /explorer; its assets live under /explorer/.
  app.addHook('onRequest', async (request, reply) => {
    if (request.url === '/explorer/') return reply.redirect('/explorer', 301);
  });
  await app.register(AltairFastify, {
    path: '/explorer',
    baseURL: '/explorer/',
    endpointURL: '/graphql',
    // Nothing that needs a service elsewhere: the explorer must work offline.
    disableAccount: true,
    initialQuery: `{\n  federation(slug: "vo-college-skane") {\n    name\n    memberCount\n    coverage { memberCount municipalityCount }\n  }\n}`,
  });

  scheduleNewsPublishing(app, db, publishIntervalMs);
  const fetcher = feedFetcher ?? createFeedFetcher({ addressPolicy: new AddressPolicy(feedAllowedAddresses) });
  const stopPolling = scheduleFeedPolling(app, { db, fetcher }, feedPollIntervalMs);
  app.addHook('onClose', async () => {
    await stopPolling();
    if (!feedFetcher) await fetcher.close();
  });
  registerHealth(app, db);
  await registerGraphql(app, db, loginLimiter, publicUrl, {
    refresh: (sourceId, actorId) => runFeedSource({ db, fetcher }, sourceId, actorId),
  });
  await registerFeeds(app, { db, publicUrl });
  registerGeo(app, db);
  await registerWidgets(app);
  registerPages(app, { db, publicUrl });
  registerNewsroom(app);
  await registerUploads(app, { db, publicUrl, ...uploads });
  return app;
}
