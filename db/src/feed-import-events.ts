import type { Transaction } from 'kysely';
import type { Database } from './database.js';
import {
  createEvent,
  type EditableEvent,
  type EventContent,
  findEditableEvents,
  saveEventRevision,
} from './event-editing.js';
import type { ImportingSource, ImportOutcome } from './feed-import-news.js';
import type { Language } from './tables/common.js';
import type { EventStatus } from './tables/events.js';

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

/** The calendar's fields over what people gave the event here (address, contact, topics…). */
function contentOf(entry: ImportedEventEntry, current: EditableEvent | undefined): EventContent {
  return {
    title: entry.title,
    summary: entry.summary,
    descriptionHtml: entry.descriptionHtml,
    startsAt: entry.startsAt,
    endsAt: entry.endsAt,
    placeName: entry.placeName,
    address: current?.address ?? null,
    municipalityId: current?.municipality_id ?? null,
    onlineUrl: current?.online_url ?? null,
    registrationUrl: current?.registration_url ?? null,
    registrationDeadline: current?.registration_deadline ?? null,
    language: entry.language,
    contactId: current?.contact_id ?? null,
    topicIds: current?.topic_ids ?? [],
  };
}

/** A cancellation in the calendar is mirrored, and so is its undoing; other statuses people set stay. */
function statusAfter(entry: ImportedEventEntry, current: EventStatus): EventStatus {
  if (entry.cancelled) return 'cancelled';
  return current === 'cancelled' ? 'published' : current;
}

/**
 * Stores a calendar entry as a published event of the source's federation, or, when the entry
 * changed, a new revision (author null, change "imported") of the event it brought in before;
 * an unchanged entry writes nothing.
 */
export async function upsertImportedEvent(
  tx: Transaction<Database>,
  source: ImportingSource,
  entry: ImportedEventEntry,
): Promise<ImportOutcome> {
  const existing = await tx
    .selectFrom('events')
    .select(['id', 'source_hash'])
    .where('feed_source_id', '=', source.id)
    .where('source_key', '=', entry.key)
    .executeTakeFirst();
  if (existing?.source_hash === entry.hash) return 'unchanged';
  const sourceColumns = { source_url: entry.url, source_hash: entry.hash };
  if (existing) {
    // Locked before reading, so what people changed here meanwhile is kept, not overwritten.
    await tx.selectFrom('events').select('id').where('id', '=', existing.id).forUpdate().execute();
    const [current] = await findEditableEvents(tx, [existing.id]);
    if (!current) return 'unchanged';
    await saveEventRevision(tx, {
      id: existing.id,
      basedOn: null,
      authorId: null,
      change: 'imported',
      content: contentOf(entry, current),
      state: { status: statusAfter(entry, current.status) },
    });
    await tx.updateTable('events').set(sourceColumns).where('id', '=', existing.id).execute();
    return 'updated';
  }
  const created = await createEvent(tx, {
    federationId: source.federation_id,
    authorId: null,
    content: contentOf(entry, undefined),
    publishedAt: new Date(),
  });
  await tx
    .updateTable('events')
    .set({ ...sourceColumns, feed_source_id: source.id, source_key: entry.key })
    .where('id', '=', created.id)
    .execute();
  if (entry.cancelled) {
    await saveEventRevision(tx, {
      id: created.id,
      basedOn: null,
      authorId: null,
      change: 'imported',
      state: { status: 'cancelled' },
    });
  }
  return 'created';
}
