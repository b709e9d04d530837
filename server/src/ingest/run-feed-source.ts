import { recordAudit } from '@samverka/db/audit-log';
import type { Database } from '@samverka/db/database';
import {
  claimDueFeedSource,
  claimFeedSource,
  type FeedRunResult,
  lockClaimedSource,
  recordFeedRun,
} from '@samverka/db/feed-runs';
import type { FeedSourceRow } from '@samverka/db/tables/feed-sources';
import type { Kysely, Transaction } from 'kysely';
import { FeedError } from './feed-errors.js';
import type { FeedFetcher, Validators } from './fetch-feed.js';
import { type ParsedSource, parseSource, storeEntries } from './import-entries.js';

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

type Fetched = { notModified: true } | { notModified: false; parsed: ParsedSource; validators: Validators };

/** Fetches and parses with no transaction open: a slow source holds no database connection. */
async function fetchAndParse(db: Kysely<Database>, fetcher: FeedFetcher, source: FeedSourceRow): Promise<Fetched> {
  const fetched = await fetcher.fetch(source.url, { etag: source.etag, lastModified: source.last_modified });
  if (fetched.notModified) return { notModified: true };
  const federation = await db
    .selectFrom('federations')
    .select('time_zone')
    .where('id', '=', source.federation_id)
    .executeTakeFirstOrThrow();
  return {
    notModified: false,
    parsed: parseSource(source, fetched.text, federation.time_zone),
    validators: { etag: fetched.etag, lastModified: fetched.lastModified },
  };
}

/** Stores what was fetched, if anything; the validators only come with a document that was stored. */
async function outcomeOf(
  tx: Transaction<Database>,
  source: FeedSourceRow,
  fetched: Fetched | FeedError,
): Promise<{ result: FeedRunResult; validators?: Validators }> {
  if (fetched instanceof FeedError) return { result: failed(source.id, fetched) };
  if (fetched.notModified) return { result: emptyResult(source.id, 'not_modified') };
  const counts = await storeEntries(tx, source, fetched.parsed);
  return { result: { ...emptyResult(source.id, 'ok'), ...counts }, validators: fetched.validators };
}

/**
 * One run of a claimed source: fetch and parse, then store every entry and the outcome in one
 * transaction, so a run is kept whole or not at all. A failure while storing (a bug, or the database
 * going away) is rolled back and then recorded on the source, which waits its interval to try again.
 */
async function runClaimed(
  { db, fetcher }: RunContext,
  source: FeedSourceRow,
  actorId: string | null,
): Promise<FeedRunResult> {
  let fetched: Fetched | FeedError;
  try {
    fetched = await fetchAndParse(db, fetcher, source);
  } catch (error) {
    // Whatever broke reading this source is recorded on it, like any refusal; the server carries on.
    fetched =
      error instanceof FeedError
        ? error
        : new FeedError(
            'IMPORT_FAILED',
            `Reading the source failed: ${error instanceof Error ? error.message : String(error)}`,
          );
  }
  try {
    return await db.transaction().execute(async (tx) => {
      await lockClaimedSource(tx, source.id);
      const { result, validators } = await outcomeOf(tx, source, fetched);
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
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const result = failed(
      source.id,
      new FeedError('IMPORT_FAILED', `Storing the entries failed, so nothing of this run was kept: ${reason}`),
    );
    await db.transaction().execute((tx) => recordFeedRun(tx, source, result));
    return result;
  }
}

/** Imports one source now; `busy` when another run has it, undefined when it is unknown or archived. */
export async function runFeedSource(
  context: RunContext,
  sourceId: string,
  actorId: string | null,
): Promise<FeedRunResult | undefined> {
  const source = await claimFeedSource(context.db, sourceId);
  if (source) return runClaimed(context, source, actorId);
  const exists = await context.db
    .selectFrom('feed_sources')
    .select('id')
    .where('id', '=', sourceId)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return exists ? emptyResult(sourceId, 'busy') : undefined;
}

/** Claims and imports the most overdue source; undefined when none is due (or all due ones are taken). */
export async function runNextDueSource(context: RunContext): Promise<FeedRunResult | undefined> {
  const source = await claimDueFeedSource(context.db);
  return source ? runClaimed(context, source, null) : undefined;
}
