import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from './database.js';
import { topicsOf } from './embedded.js';
import { federationIdsWithSlugs, topicIdsWithSlugs } from './filters.js';
import { type MunicipalityCode, municipalityIdsWithCode } from './municipalities.js';
import { type CountedPage, countedKeysetPage, type KeysetSort, type PageRequest } from './pagination.js';
import type { Language } from './tables/common.js';
import type { EventStatus } from './tables/events.js';
import { matchesText } from './text-search.js';
import type { Topic } from './topics.js';

export interface Event {
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
  updated_at: Date;
  topics: Topic[];
}

export interface EventFilter {
  /** Organiser slugs. */
  federations?: string[] | null;
  municipality?: MunicipalityCode | null;
  topics?: string[] | null;
  language?: Language | null;
  /** Events that have not ended by then. */
  endsAfter?: Date | null;
  /** Events that start before then. */
  startsBefore?: Date | null;
  search?: string | null;
}

const soonest: KeysetSort<Event> = {
  name: 'events:soonest',
  direction: 'asc',
  keys: [
    { column: 'e.starts_at', type: 'timestamptz', valueOf: (row) => row.starts_at.toISOString() },
    { column: 'e.id', type: 'uuid', valueOf: (row) => row.id },
  ],
};

/**
 * What the public may read: published, and not dated in the future. A cancelled event that was
 * published stays listed, marked as such, so nobody travels to it.
 */
export function isPublicEvent(eb: ExpressionBuilder<Database & { e: Database['events'] }, 'e'>) {
  return eb.and([eb('e.status', 'in', ['published', 'cancelled']), eb('e.published_at', '<=', sql<Date>`now()`)]);
}

function selectEvents(db: Kysely<Database>) {
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
      'e.updated_at',
      topicsOf('event_topics', 'event_id', 'e.id').as('topics'),
    ])
    .where(isPublicEvent);
}

export async function findPublicEventsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<Event[]> {
  if (ids.length === 0) return [];
  return selectEvents(db).where('e.id', 'in', ids).execute();
}

export async function findPublicEventBySlug(db: Kysely<Database>, slug: string): Promise<Event | undefined> {
  return selectEvents(db).where('e.slug', '=', slug).executeTakeFirst();
}

export async function listPublicEvents(
  db: Kysely<Database>,
  filter: EventFilter,
  page: PageRequest,
): Promise<CountedPage<Event>> {
  let query = selectEvents(db);
  if (filter.federations?.length)
    query = query.where('e.federation_id', 'in', federationIdsWithSlugs(db, filter.federations));
  if (filter.municipality)
    query = query.where('e.municipality_id', 'in', municipalityIdsWithCode(db, filter.municipality));
  if (filter.topics?.length) {
    const topicIds = topicIdsWithSlugs(db, filter.topics);
    query = query.where('e.id', 'in', (eb) =>
      eb.selectFrom('event_topics as ft').select('ft.event_id').where('ft.topic_id', 'in', topicIds),
    );
  }
  if (filter.language) query = query.where('e.language', '=', filter.language);
  if (filter.endsAfter) query = query.where('e.ends_at', '>=', filter.endsAfter);
  if (filter.startsBefore) query = query.where('e.starts_at', '<', filter.startsBefore);
  if (filter.search) query = query.where(matchesText('e.search_vector', filter.search));
  return countedKeysetPage(query, soonest, page);
}
