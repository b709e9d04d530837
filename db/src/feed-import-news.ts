import type { Transaction } from 'kysely';
import type { Database } from './database.js';
import { findEditableNews, saveNewsRevision } from './news-editing.js';
import { snapshot } from './news-revisions.js';
import { insertSluggedRow } from './slugs.js';
import type { Language } from './tables/common.js';

/** An entry of a news feed, ready to store: its text already sanitised, its key unique in the source. */
export interface ImportedNewsEntry {
  key: string;
  url: string | null;
  title: string;
  summary: string;
  bodyHtml: string;
  language: Language;
  publishedAt: Date;
  /** Identifies this version of the entry; the same hash means nothing to write. */
  hash: string;
}

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

export interface ImportingSource {
  id: string;
  federation_id: string;
}

/**
 * Stores a feed entry as a news item of the source's federation. It is already public on the
 * federation's own site, so a new one is published at once; a changed one becomes a new revision
 * (author null, change "imported"), keeping the topics, municipalities, contact and status people
 * gave it here; an unchanged one writes nothing.
 */
export async function upsertImportedNews(
  tx: Transaction<Database>,
  source: ImportingSource,
  entry: ImportedNewsEntry,
): Promise<ImportOutcome> {
  const existing = await tx
    .selectFrom('news_items')
    .select(['id', 'source_hash'])
    .where('feed_source_id', '=', source.id)
    .where('source_key', '=', entry.key)
    .executeTakeFirst();
  if (existing?.source_hash === entry.hash) return 'unchanged';
  if (existing) {
    const [current] = await findEditableNews(tx, [existing.id]);
    if (!current) return 'unchanged';
    await saveNewsRevision(tx, {
      id: existing.id,
      basedOn: null,
      authorId: null,
      change: 'imported',
      content: {
        title: entry.title,
        summary: entry.summary,
        bodyHtml: entry.bodyHtml,
        images: current.images,
        language: entry.language,
        contactId: current.contact_id,
        topicIds: current.topic_ids,
        municipalityIds: current.municipality_ids,
      },
    });
    await tx
      .updateTable('news_items')
      .set({ source_url: entry.url, source_hash: entry.hash })
      .where('id', '=', existing.id)
      .execute();
    return 'updated';
  }
  const id = await insertSluggedRow(tx, 'news_items', entry.title, 'nyhet', {
    federation_id: source.federation_id,
    title: entry.title,
    summary: entry.summary,
    body_html: entry.bodyHtml,
    images: '[]',
    language: entry.language,
    status: 'published',
    published_at: entry.publishedAt,
    scheduled_for: null,
    contact_id: null,
    source_url: entry.url,
    feed_source_id: source.id,
    source_key: entry.key,
    source_hash: entry.hash,
  });
  await snapshot(tx, id, null, 'imported');
  return 'created';
}
