import type { Generated, Insertable, Selectable } from 'kysely';
import type { Language, Timestamps } from './common.js';

/** What a source holds: news (RSS or Atom) or events (iCalendar). */
export type FeedSourceKind = 'news' | 'events';

/** How the last run ended; a 304 from the source is a successful run with nothing new. */
export type FeedRunStatus = 'ok' | 'not_modified' | 'failed';

/** A feed a federation already publishes on its own website, imported on a schedule. */
export interface FeedSourcesTable extends Timestamps {
  id: Generated<string>;
  federation_id: string;
  url: string;
  kind: FeedSourceKind;
  /** The language of its entries when the feed does not say. */
  language: Language;
  interval_minutes: Generated<number>;
  enabled: Generated<boolean>;
  /** Removed sources are archived, not deleted: the items they brought in still point at them. */
  archived_at: Date | null;
  next_run_at: Generated<Date>;
  /** Set while an instance imports the source; a claim that outlives this (a crash) lapses by itself. */
  claimed_until: Date | null;
  /** The source's validators from the last successful run, for a conditional GET. */
  etag: string | null;
  last_modified: string | null;
  last_run_at: Date | null;
  last_success_at: Date | null;
  last_status: FeedRunStatus | null;
  last_error_code: string | null;
  last_error: string | null;
  last_created: Generated<number>;
  last_updated: Generated<number>;
  last_unchanged: Generated<number>;
  last_skipped: Generated<number>;
  last_images_without_alt: Generated<number>;
  created_by: string | null;
}

export type FeedSourceRow = Selectable<FeedSourcesTable>;
export type NewFeedSource = Insertable<FeedSourcesTable>;
