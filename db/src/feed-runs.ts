import { type Kysely, sql, type Transaction } from 'kysely';
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

/** Runs one source now, for whoever asked (a person through the API, or null for the server itself). */
export interface FeedImporter {
  /** Undefined when there is no such source, or it is archived. */
  refresh(sourceId: string, actorId: string | null): Promise<FeedRunResult | undefined>;
}

/**
 * How long a claim holds. A run takes at most the fetch's 10 seconds plus storing; the rest is margin.
 * Storing happens under a row lock besides, so a slow write is never claimed twice either.
 */
const CLAIM = sql<Date>`now() + interval '5 minutes'`;

type SourceQuery = ReturnType<typeof unclaimed>;

function unclaimed(tx: Transaction<Database>) {
  return tx
    .selectFrom('feed_sources')
    .select('id')
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', sql<Date>`now()`)]));
}

/**
 * Claims a source for one run in a short transaction of its own, so that no connection is held while
 * the source is fetched. SKIP LOCKED: an instance claiming at the same moment skips the row rather
 * than waiting for it, and then finds it claimed.
 */
async function claim(db: Kysely<Database>, narrow: (query: SourceQuery) => SourceQuery) {
  return db.transaction().execute(async (tx) => {
    const row = await narrow(unclaimed(tx)).limit(1).forUpdate().skipLocked().executeTakeFirst();
    if (!row) return undefined;
    return tx
      .updateTable('feed_sources')
      .set({ claimed_until: CLAIM })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** Claims this source; undefined when another run has it (or it is archived or unknown). */
export async function claimFeedSource(db: Kysely<Database>, id: string): Promise<FeedSourceRow | undefined> {
  return claim(db, (query) => query.where('id', '=', id));
}

/** Claims the most overdue source that is switched on and no other instance is importing. */
export async function claimDueFeedSource(db: Kysely<Database>): Promise<FeedSourceRow | undefined> {
  return claim(db, (query) =>
    query.where('enabled', '=', true).where('next_run_at', '<=', sql<Date>`now()`).orderBy('next_run_at'),
  );
}

/**
 * Locks the claimed source while a run stores its entries: should the claim lapse meanwhile, a
 * claimer skips the locked row instead of starting a second run.
 */
export async function lockClaimedSource(tx: Transaction<Database>, id: string): Promise<void> {
  await tx.selectFrom('feed_sources').select('id').where('id', '=', id).forUpdate().execute();
}

/** Writes how the run went onto the source, releases the claim and makes it due again after its interval. */
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
      claimed_until: null,
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
