import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';
import { linkedIdsOf, replaceLinkRows } from './link-rows.js';
import { recordRevision, saveRevision } from './revisions.js';
import { insertSluggedRow } from './slugs.js';
import type { Language } from './tables/common.js';
import type { EventStatus } from './tables/events.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** An event as its organiser's people see it: any status, with its topics as ids. */
export interface EditableEvent {
  id: string;
  slug: string;
  federation_id: string;
  title: string;
  summary: string;
  description_html: string;
  starts_at: Date;
  ends_at: Date;
  place_name: string | null;
  address: string | null;
  municipality_id: string | null;
  online_url: string | null;
  registration_url: string | null;
  registration_deadline: Date | null;
  language: Language;
  contact_id: string | null;
  status: EventStatus;
  published_at: Date | null;
  revision: number;
  updated_at: Date;
  topic_ids: string[];
}

/** What an editor (or an importer) writes in an event; status changes only through the publishing steps. */
export interface EventContent {
  title: string;
  summary: string;
  descriptionHtml: string;
  startsAt: Date;
  endsAt: Date;
  placeName: string | null;
  address: string | null;
  municipalityId: string | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
  registrationDeadline: Date | null;
  language: Language;
  contactId: string | null;
  topicIds: string[];
}

export type EventSnapshot = Omit<
  EditableEvent,
  'id' | 'slug' | 'federation_id' | 'status' | 'published_at' | 'revision' | 'updated_at'
>;

export interface EventStateChange {
  status: EventStatus;
  published_at?: Date | null;
}

function selectEditable(db: Executor) {
  return db
    .selectFrom('events as e')
    .select([
      'e.id',
      'e.slug',
      'e.federation_id',
      'e.title',
      'e.summary',
      'e.description_html',
      'e.starts_at',
      'e.ends_at',
      'e.place_name',
      'e.address',
      'e.municipality_id',
      'e.online_url',
      'e.registration_url',
      'e.registration_deadline',
      'e.language',
      'e.contact_id',
      'e.status',
      'e.published_at',
      'e.revision',
      'e.updated_at',
      linkedIdsOf('eventTopics', 'e.id').as('topic_ids'),
    ]);
}

export async function findEditableEvents(db: Executor, ids: readonly string[]): Promise<EditableEvent[]> {
  if (ids.length === 0) return [];
  return selectEditable(db).where('e.id', 'in', ids).execute();
}

/** The federation's own events in the given statuses, last saved first: for its people only. */
export async function listEditableEvents(
  db: Executor,
  federationId: string,
  statuses: readonly EventStatus[],
  limit: number,
): Promise<EditableEvent[]> {
  let query = selectEditable(db).where('e.federation_id', '=', federationId);
  if (statuses.length) query = query.where('e.status', 'in', statuses);
  return query.orderBy('e.updated_at', 'desc').orderBy('e.id', 'desc').limit(limit).execute();
}

function lockEditable(tx: Transaction<Database>, id: string): Promise<EditableEvent | undefined> {
  return selectEditable(tx).where('e.id', '=', id).forUpdate('e').executeTakeFirst();
}

async function snapshotOf(_tx: Transaction<Database>, event: EditableEvent): Promise<EventSnapshot> {
  const { id, slug, federation_id, status, published_at, revision, updated_at, ...content } = event;
  return content;
}

function columnsOf(content: EventContent) {
  return {
    title: content.title,
    summary: content.summary,
    description_html: content.descriptionHtml,
    starts_at: content.startsAt,
    ends_at: content.endsAt,
    place_name: content.placeName,
    address: content.address,
    municipality_id: content.municipalityId,
    online_url: content.onlineUrl,
    registration_url: content.registrationUrl,
    registration_deadline: content.registrationDeadline,
    language: content.language,
    contact_id: content.contactId,
  };
}

/**
 * Creates an event with its first revision: a draft from an editor, or, for an importer that
 * takes over what a federation already publishes, published at once (`publishedAt`).
 */
export async function createEvent(
  tx: Transaction<Database>,
  input: { federationId: string; authorId: string | null; content: EventContent; publishedAt?: Date },
): Promise<EditableEvent> {
  const { federationId, authorId, content, publishedAt } = input;
  const id = await insertSluggedRow(tx, 'events', content.title, 'evenemang', {
    federation_id: federationId,
    ...columnsOf(content),
    status: publishedAt ? 'published' : 'draft',
    published_at: publishedAt ?? null,
  });
  await replaceLinkRows(tx, 'eventTopics', id, content.topicIds);
  const created = await selectEditable(tx).where('e.id', '=', id).executeTakeFirstOrThrow();
  await recordRevision(tx, 'event', created, authorId, 'created', await snapshotOf(tx, created));
  return created;
}

/**
 * Saves a new revision of an event: new content, a new state, or both. Refused with
 * StaleRevisionError when `basedOn` is given and someone saved in between (an importer passes
 * null); undefined when there is no such event.
 */
export async function saveEventRevision(
  tx: Transaction<Database>,
  input: {
    id: string;
    basedOn: number | null;
    authorId: string | null;
    change: string;
    content?: EventContent;
    state?: EventStateChange;
  },
): Promise<EditableEvent | undefined> {
  return saveRevision(tx, 'event', {
    ...input,
    lock: lockEditable,
    snapshotOf,
    write: async (tx, current) => {
      const { content, state } = input;
      if (content || state) {
        await tx
          .updateTable('events')
          .set({ ...(content && columnsOf(content)), ...state })
          .where('id', '=', current.id)
          .execute();
      }
      if (content) await replaceLinkRows(tx, 'eventTopics', current.id, content.topicIds);
    },
  });
}
