import type { Generated, Selectable } from 'kysely';
import type { Json, Language } from './common.js';
import type { NewsImage, NewsStatus } from './news.js';

/** Why a revision was saved. */
export type NewsChange =
  | 'created'
  | 'updated'
  | 'scheduled'
  | 'published'
  | 'unpublished'
  | 'archived'
  | 'restored'
  /** Written by a feed import: the item's source changed the entry. */
  | 'imported';

/** One saved state of a news item, kept for ever. */
export interface NewsRevisionsTable {
  news_item_id: string;
  revision: number;
  author_id: string | null;
  created_at: Generated<Date>;
  change: NewsChange;
  title: string;
  summary: string;
  body_html: string;
  images: Json<NewsImage[]>;
  language: Language;
  status: NewsStatus;
  published_at: Date | null;
  scheduled_for: Date | null;
  contact_id: string | null;
  topic_ids: string[];
  municipality_ids: string[];
}

export type NewsRevisionRow = Selectable<NewsRevisionsTable>;
