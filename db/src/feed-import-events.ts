import type { Transaction } from 'kysely';
import type { Database } from './database.js';
import type { ImportingSource, ImportOutcome } from './feed-import-news.js';
import { slugFor } from './news-editing.js';
import type { Language } from './tables/common.js';

/** An event of a source calendar, ready to store: its description already sanitised. */
export interface ImportedEventEntry {
  /** The UID (with the RECURRENCE-ID of a moved occurrence), unique in the source. */
  key: string;
  url: string | null;
  title: string;
  summary: string;
  descriptionHtml: string;
  startsAt: Date;
  endsAt: Date;
  placeName: string | null;
  /** STATUS:CANCELLED in the calendar: the event stays, marked cancelled. */
  cancelled: boolean;
  language: Language;
  hash: string;
}

/**
 * Stores a calendar entry as a published event of the source's federation, or updates the event
 * it brought in before when the entry changed. Every event write of a feed import goes through
 * here, so that this is the one place to record it as an event revision once events have them.
 */
export async function upsertImportedEvent(
  tx: Transaction<Database>,
  source: ImportingSource,
  entry: ImportedEventEntry,
): Promise<ImportOutcome> {
  const existing = await tx
    .selectFrom('events')
    .select(['id', 'source_hash', 'status'])
    .where('feed_source_id', '=', source.id)
    .where('source_key', '=', entry.key)
    .executeTakeFirst();
  if (existing?.source_hash === entry.hash) return 'unchanged';
  const content = {
    title: entry.title,
    summary: entry.summary,
    description_html: entry.descriptionHtml,
    starts_at: entry.startsAt,
    ends_at: entry.endsAt,
    place_name: entry.placeName,
    language: entry.language,
    source_url: entry.url,
    source_hash: entry.hash,
  };
  if (existing) {
    // A cancellation in the calendar is mirrored, and so is its undoing; other statuses people set stay.
    const status = entry.cancelled ? 'cancelled' : existing.status === 'cancelled' ? 'published' : existing.status;
    await tx
      .updateTable('events')
      .set({ ...content, status })
      .where('id', '=', existing.id)
      .execute();
    return 'updated';
  }
  let inserted: { id: string } | undefined;
  for (let attempt = 0; !inserted; attempt += 1) {
    inserted = await tx
      .insertInto('events')
      .values({
        ...content,
        slug: slugFor(entry.title, attempt > 0),
        federation_id: source.federation_id,
        status: entry.cancelled ? 'cancelled' : 'published',
        published_at: new Date(),
        feed_source_id: source.id,
        source_key: entry.key,
      })
      .onConflict((conflict) => conflict.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
  }
  return 'created';
}
