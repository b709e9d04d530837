import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './database.js';
import type { Language } from './tables/common.js';
import type { FeedSourceKind, FeedSourceRow } from './tables/feed-sources.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** A source as its federation's people see it, with how many items it has brought in. */
export interface FeedSource extends FeedSourceRow {
  item_count: number;
}

function selectSources(db: Executor) {
  return db
    .selectFrom('feed_sources as s')
    .selectAll('s')
    .select((eb) =>
      sql<number>`(${eb
        .selectFrom('news_items')
        .select(eb.fn.countAll().as('n'))
        .whereRef('news_items.feed_source_id', '=', 's.id')}) + (${eb
        .selectFrom('events')
        .select(eb.fn.countAll().as('n'))
        .whereRef('events.feed_source_id', '=', 's.id')})`.as('item_count'),
    )
    .$castTo<FeedSource>();
}

function withCount(source: FeedSource): FeedSource {
  // count() is a bigint, which node-postgres hands over as a string.
  return { ...source, item_count: Number(source.item_count) };
}

export async function findFeedSources(db: Executor, ids: readonly string[]): Promise<FeedSource[]> {
  if (ids.length === 0) return [];
  return (await selectSources(db).where('s.id', 'in', ids).execute()).map(withCount);
}

/** A federation's sources, the oldest first; archived ones only when asked. */
export async function listFeedSources(
  db: Executor,
  federationId: string,
  includeArchived: boolean,
): Promise<FeedSource[]> {
  let query = selectSources(db).where('s.federation_id', '=', federationId);
  if (!includeArchived) query = query.where('s.archived_at', 'is', null);
  return (await query.orderBy('s.created_at').orderBy('s.id').execute()).map(withCount);
}

export interface NewFeedSourceInput {
  federationId: string;
  url: string;
  kind: FeedSourceKind;
  language: Language;
  intervalMinutes: number;
  createdBy: string | null;
}

/**
 * Registers a source, or brings back one the federation had removed (with the items it brought in,
 * so they are not imported twice). Undefined when the federation has this URL as a source already.
 */
export async function addFeedSource(
  tx: Transaction<Database>,
  input: NewFeedSourceInput,
): Promise<{ source: FeedSource; revived: boolean } | undefined> {
  const settings = { kind: input.kind, language: input.language, interval_minutes: input.intervalMinutes };
  const revived = await tx
    .updateTable('feed_sources')
    .set({ ...settings, archived_at: null, enabled: true, next_run_at: sql<Date>`now()` })
    .where('federation_id', '=', input.federationId)
    .where('url', '=', input.url)
    .where('archived_at', 'is not', null)
    .returning('id')
    .executeTakeFirst();
  const id =
    revived?.id ??
    (
      await tx
        .insertInto('feed_sources')
        .values({ ...settings, federation_id: input.federationId, url: input.url, created_by: input.createdBy })
        .onConflict((conflict) => conflict.columns(['federation_id', 'url']).doNothing())
        .returning('id')
        .executeTakeFirst()
    )?.id;
  if (!id) return undefined;
  const [source] = await findFeedSources(tx, [id]);
  return source && { source, revived: revived !== undefined };
}

export interface FeedSourceSettings {
  intervalMinutes?: number;
  enabled?: boolean;
}

/** Changes how a source is polled; switching it on makes it due at once. */
export async function updateFeedSourceSettings(
  tx: Transaction<Database>,
  id: string,
  settings: FeedSourceSettings,
): Promise<FeedSource | undefined> {
  const updated = await tx
    .updateTable('feed_sources')
    .set({
      ...(settings.intervalMinutes !== undefined && { interval_minutes: settings.intervalMinutes }),
      ...(settings.enabled !== undefined && { enabled: settings.enabled }),
      ...(settings.enabled && { next_run_at: sql<Date>`now()` }),
    })
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return updated && (await findFeedSources(tx, [updated.id]))[0];
}

/** Stops polling a source for good; it and its items stay, so a link to an item never breaks. */
export async function archiveFeedSource(tx: Transaction<Database>, id: string): Promise<FeedSource | undefined> {
  const archived = await tx
    .updateTable('feed_sources')
    .set({ archived_at: sql<Date>`now()`, enabled: false })
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return archived && (await findFeedSources(tx, [archived.id]))[0];
}

/** Sources switched on, with their federation's slug: for an import of everything, from the command line. */
export async function listEnabledFeedSources(
  db: Executor,
  federationId?: string,
): Promise<Array<{ id: string; url: string; federation_slug: string }>> {
  let query = db
    .selectFrom('feed_sources as s')
    .innerJoin('federations as f', 'f.id', 's.federation_id')
    .select(['s.id', 's.url', 'f.slug as federation_slug'])
    .where('s.enabled', '=', true)
    .where('s.archived_at', 'is', null);
  if (federationId) query = query.where('s.federation_id', '=', federationId);
  return query.orderBy('f.slug').orderBy('s.created_at').orderBy('s.id').execute();
}
