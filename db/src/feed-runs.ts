import { sql, type Transaction } from 'kysely';
import type { Database } from './database.js';
import type { FeedRunStatus, FeedSourceRow } from './tables/feed-sources.js';

/** What one import of a source did. */
export interface FeedRunResult {
  sourceId: string;
  /** `busy`: another run of this source holds it right now; nothing was done. */
  status: FeedRunStatus | 'busy';
  created: number;
  updated: number;
  unchanged: number;
  /** Entries left out: no title and no text, or no key to recognise them by next time. */
  skipped: number;
  /** Images dropped from imported text for having no alt text. */
  imagesWithoutAlt: number;
  errorCode: string | null;
  errorMessage: string | null;
}

/**
 * Takes the source for one run, for the rest of the transaction; undefined when another run holds
 * it (SKIP LOCKED: the caller does not wait), or when it is archived or unknown.
 */
export async function lockFeedSource(tx: Transaction<Database>, id: string): Promise<FeedSourceRow | undefined> {
  return tx
    .selectFrom('feed_sources')
    .selectAll()
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/**
 * Claims the most overdue source no other instance is importing, for the rest of the transaction.
 * Two pollers on one database never get the same source: the loser skips it and takes the next.
 */
export async function claimDueFeedSource(tx: Transaction<Database>): Promise<FeedSourceRow | undefined> {
  return tx
    .selectFrom('feed_sources')
    .selectAll()
    .where('enabled', '=', true)
    .where('archived_at', 'is', null)
    .where('next_run_at', '<=', sql<Date>`now()`)
    .orderBy('next_run_at')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/** Writes how the run went onto the source and makes it due again after its interval. */
export async function recordFeedRun(
  tx: Transaction<Database>,
  source: FeedSourceRow,
  result: FeedRunResult,
  validators?: { etag: string | null; lastModified: string | null },
): Promise<void> {
  if (result.status === 'busy') return;
  const succeeded = result.status !== 'failed';
  await tx
    .updateTable('feed_sources')
    .set({
      last_run_at: sql<Date>`now()`,
      ...(succeeded && { last_success_at: sql<Date>`now()` }),
      last_status: result.status,
      last_error_code: result.errorCode,
      last_error: result.errorMessage,
      last_created: result.created,
      last_updated: result.updated,
      last_unchanged: result.unchanged,
      last_skipped: result.skipped,
      last_images_without_alt: result.imagesWithoutAlt,
      next_run_at: sql<Date>`now() + make_interval(mins => ${source.interval_minutes})`,
      ...(validators && { etag: validators.etag, last_modified: validators.lastModified }),
    })
    .where('id', '=', source.id)
    .execute();
}

/** Runs one source now, for whoever asked (a person through the API, or null for the server itself). */
export interface FeedImporter {
  /** Undefined when there is no such source, or it is archived. */
  refresh(sourceId: string, actorId: string | null): Promise<FeedRunResult | undefined>;
}
