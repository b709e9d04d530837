import type { Database } from '@samverka/db/database';
import type { FeedImporter } from '@samverka/db/feed-runs';
import type { Kysely } from 'kysely';
import type { LoginLimiter } from './auth/login-limiter.js';
import type { Viewer } from './auth/viewer.js';

/** A fresh context per request: the dataloaders the builder hangs on it live for one request only. */
export interface Context {
  db: Kysely<Database>;
  /** Who is calling; null for anonymous (public) requests. */
  viewer: Viewer | null;
  /** The client's address, for rate limits. */
  clientAddress: string;
  loginLimiter: LoginLimiter;
  /** The hub's address without a trailing slash, for links to its feeds and calendars. */
  publicUrl: string;
  /** Imports a feed source now (refreshFeedSource); the server supplies how. */
  feedImporter: FeedImporter;
}
