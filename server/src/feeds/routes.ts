import type { Database } from '@samverka/db/database';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { registerCalendars } from './calendar-routes.js';
import { answerIfModifiedSince } from './conditional.js';
import { FeedRequestError, sendFeedError } from './errors.js';
import { registerNewsFeeds } from './news-routes.js';

export interface FeedRouteOptions {
  db: Kysely<Database>;
  /** The hub's address without a trailing slash. */
  publicUrl: string;
}

/** Mounts /feeds/... (RSS, Atom, JSON Feed) and /calendar/... (iCalendar). */
export async function registerFeeds(app: FastifyInstance, options: FeedRouteOptions): Promise<void> {
  await app.register(async (feeds) => {
    // Only these routes answer a bad parameter or unknown slug this way; anything else goes to the app's handler.
    feeds.setErrorHandler((error, _request, reply) => {
      if (error instanceof FeedRequestError) return sendFeedError(reply, error);
      throw error;
    });
    feeds.addHook('onSend', answerIfModifiedSince);
    registerNewsFeeds(feeds, options);
    registerCalendars(feeds, options);
  });
}
