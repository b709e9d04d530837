import type { DatabaseHandle } from '@samverka/db/connection';
import type { Database } from '@samverka/db/database';
import { addFeedSource, type FeedSource } from '@samverka/db/feed-sources';
import type { FeedSourceKind } from '@samverka/db/tables/feed-sources';
import { AddressPolicy } from '@samverka/server/ingest/address-policy';
import { createFeedFetcher, type FeedFetcher, type FeedFetcherOptions } from '@samverka/server/ingest/fetch-feed';
import type { Kysely } from 'kysely';
import { createTestDatabase } from '../support/database.js';
import { type FixtureServer, startFixtureServer } from './fixture-server.js';

/** A fetcher that may reach the fixture server on 127.0.0.1, and nothing else that is not public. */
export function fixtureFetcher(options: Omit<FeedFetcherOptions, 'addressPolicy'> = {}) {
  return createFeedFetcher({ addressPolicy: new AddressPolicy(['127.0.0.1']), ...options });
}

/** What an import test runs on: a demo database, a fixture feed server and a fetcher that may reach it. */
export interface IngestFixtures {
  database: DatabaseHandle;
  server: FixtureServer;
  fetcher: FeedFetcher;
}

export async function openIngestFixtures(): Promise<IngestFixtures> {
  const database = await createTestDatabase({ demo: true });
  const server = await startFixtureServer();
  return { database, server, fetcher: fixtureFetcher() };
}

export async function closeIngestFixtures({ database, server, fetcher }: IngestFixtures): Promise<void> {
  await fetcher.close();
  await server.close();
  await database.close();
}

/** A seed builder: a source of a (demo) federation, due at once. */
export async function seedSource(
  db: Kysely<Database>,
  options: { url: string; kind?: FeedSourceKind; federation?: string },
): Promise<FeedSource> {
  const federation = await db
    .selectFrom('federations')
    .select('id')
    .where('slug', '=', options.federation ?? 'vo-college-skane')
    .executeTakeFirstOrThrow();
  const added = await db.transaction().execute((tx) =>
    addFeedSource(tx, {
      federationId: federation.id,
      url: options.url,
      kind: options.kind ?? 'news',
      language: 'sv',
      intervalMinutes: 60,
      createdBy: null,
    }),
  );
  if (!added) throw new Error(`${options.url} is a source already`);
  return added.source;
}

export async function importedNews(db: Kysely<Database>, sourceId: string) {
  return db
    .selectFrom('news_items')
    .select(['id', 'title', 'summary', 'body_html', 'status', 'source_url', 'source_key', 'revision', 'language'])
    .where('feed_source_id', '=', sourceId)
    .orderBy('source_key')
    .execute();
}
