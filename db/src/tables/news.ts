import type { Generated, Insertable, Selectable } from 'kysely';
import type { Json, Language, ReadOnly, Timestamps } from './common.js';

export type NewsStatus = 'draft' | 'scheduled' | 'published' | 'archived';

export interface NewsImage {
  url: string;
  alt: string;
  caption?: string;
}

export interface NewsItemsTable extends Timestamps {
  id: Generated<string>;
  slug: string;
  /** The publisher. */
  federation_id: string;
  title: string;
  summary: string;
  /** Sanitised on write; never raw input. */
  body_html: string;
  images: Json<NewsImage[]>;
  language: Language;
  status: NewsStatus;
  published_at: Date | null;
  scheduled_for: Date | null;
  contact_id: string | null;
  source_url: string | null;
  /** Set on items imported from a federation's own feed (see feed_sources). */
  feed_source_id: string | null;
  /** The entry's key in its source: guid, Atom id or link; unique per source. */
  source_key: string | null;
  /** A hash of the entry as last imported: an unchanged entry writes nothing. */
  source_hash: string | null;
  is_demo: Generated<boolean>;
  search_vector: ReadOnly<string>;
  /** Counts saved revisions; an update must name the one it started from. */
  revision: Generated<number>;
}

export interface NewsItemTopicsTable {
  news_item_id: string;
  topic_id: string;
}

export interface NewsItemMunicipalitiesTable {
  news_item_id: string;
  municipality_id: string;
}

export type NewsItemRow = Selectable<NewsItemsTable>;
export type NewNewsItem = Insertable<NewsItemsTable>;
