import { recordAudit } from '@samverka/db/audit-log';
import type { Database } from '@samverka/db/database';
import { claimDueFeedSource, type FeedRunResult, lockFeedSource, recordFeedRun } from '@samverka/db/feed-runs';
import type { FeedSourceRow } from '@samverka/db/tables/feed-sources';
import type { Kysely, Transaction } from 'kysely';
import { FeedError } from './feed-errors.js';
import type { FeedFetcher } from './fetch-feed.js';
import { importEntries } from './import-entries.js';

export interface RunContext {
  db: Kysely<Database>;
  fetcher: FeedFetcher;
}

function emptyResult(sourceId: string, status: FeedRunResult['status']): FeedRunResult {
  return {
    sourceId,
    status,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    imagesWithoutAlt: 0,
    errorCode: null,
    errorMessage: null,
  };
}

function failed(sourceId: string, error: FeedError): FeedRunResult {
  return { ...emptyResult(sourceId, 'failed'), errorCode: error.code, errorMessage: error.message };
}

/** Fetches, parses and stores in the claiming transaction: one run commits whole or not at all. */
async function runLocked(
  tx: Transaction<Database>,
  fetcher: FeedFetcher,
  source: FeedSourceRow,
  actorId: string | null,
): Promise<FeedRunResult> {
  let result: FeedRunResult;
  let validators: { etag: string | null; lastModified: string | null } | undefined;
  try {
    const fetched = await fetcher.fetch(source.url, { etag: source.etag, lastModified: source.last_modified });
    if (fetched.notModified) {
      result = emptyResult(source.id, 'not_modified');
    } else {
      result = { ...emptyResult(source.id, 'ok'), ...(await importEntries(tx, source, fetched.text)) };
      validators = { etag: fetched.etag, lastModified: fetched.lastModified };
    }
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    result = failed(source.id, error);
  }
  await recordFeedRun(tx, source, result, validators);
  if (actorId || result.created + result.updated > 0) {
    await recordAudit(tx, {
      actorId,
      action: 'feed_source.imported',
      subjectType: 'feed_source',
      subjectId: source.id,
      federationId: source.federation_id,
      details: { status: result.status, created: result.created, updated: result.updated, error: result.errorCode },
    });
  }
  return result;
}

/**
 * A run that broke in the database (a bug, or the database going away) has been rolled back whole;
 * it is recorded on the source afterwards, and the source waits its interval before the next try.
 */
async function recordBrokenRun(db: Kysely<Database>, sourceId: string, error: unknown): Promise<FeedRunResult> {
  const result = failed(
    sourceId,
    new FeedError(
      'IMPORT_FAILED',
      `Storing the entries failed, so nothing of this run was kept: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
  await db.transaction().execute(async (tx) => {
    const source = await tx
      .selectFrom('feed_sources')
      .selectAll()
      .where('id', '=', sourceId)
      .forUpdate()
      .executeTakeFirst();
    if (source) await recordFeedRun(tx, source, result);
  });
  return result;
}

/** Imports one source now; `busy` when another run holds it, undefined when it is unknown or archived. */
export async function runFeedSource(
  { db, fetcher }: RunContext,
  sourceId: string,
  actorId: string | null,
): Promise<FeedRunResult | undefined> {
  const exists = await db
    .selectFrom('feed_sources')
    .select('id')
    .where('id', '=', sourceId)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (!exists) return undefined;
  try {
    return await db.transaction().execute(async (tx) => {
      const source = await lockFeedSource(tx, sourceId);
      return source ? runLocked(tx, fetcher, source, actorId) : emptyResult(sourceId, 'busy');
    });
  } catch (error) {
    return recordBrokenRun(db, sourceId, error);
  }
}

/** Claims and imports the most overdue source; undefined when none is due (or all due ones are taken). */
export async function runNextDueSource({ db, fetcher }: RunContext): Promise<FeedRunResult | undefined> {
  let claimed: string | undefined;
  try {
    return await db.transaction().execute(async (tx) => {
      const source = await claimDueFeedSource(tx);
      if (!source) return undefined;
      claimed = source.id;
      return runLocked(tx, fetcher, source, null);
    });
  } catch (error) {
    if (!claimed) throw error;
    return recordBrokenRun(db, claimed, error);
  }
}
