import type { Generated, Insertable, Selectable } from 'kysely';
import type { Language, ReadOnly, Timestamps } from './common.js';

export type EventStatus = 'draft' | 'published' | 'cancelled' | 'archived';

export interface EventsTable extends Timestamps {
  id: Generated<string>;
  slug: string;
  /** The organiser. */
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
  /** Where an imported event came from: its page, its calendar and the entry's UID there. */
  source_url: string | null;
  feed_source_id: string | null;
  source_key: string | null;
  source_hash: string | null;
  is_demo: Generated<boolean>;
  search_vector: ReadOnly<string>;
  /** Counts saved revisions; an update must name the one it started from. */
  revision: Generated<number>;
}

export interface EventTopicsTable {
  event_id: string;
  topic_id: string;
}

export type EventRow = Selectable<EventsTable>;
export type NewEvent = Insertable<EventsTable>;
