import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './database.js';
import { linkedIdsOf } from './link-rows.js';
import type { Language } from './tables/common.js';
import type { NewsImage, NewsStatus } from './tables/news.js';
import type { NewsChange } from './tables/news-revisions.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** Copies the item as it now stands into its history. */
export async function snapshot(tx: Transaction<Database>, id: string, authorId: string | null, change: NewsChange) {
  await sql`
    INSERT INTO news_revisions (news_item_id, revision, author_id, change, title, summary, body_html, images, language,
      status, published_at, scheduled_for, contact_id, topic_ids, municipality_ids)
    SELECT n.id, n.revision, ${authorId}, ${change}, n.title, n.summary, n.body_html, n.images, n.language,
      n.status, n.published_at, n.scheduled_for, n.contact_id,
      ${linkedIdsOf('newsTopics', 'n.id')}, ${linkedIdsOf('newsMunicipalities', 'n.id')}
    FROM news_items n WHERE n.id = ${id}`.execute(tx);
}

export interface NewsRevision {
  revision: number;
  author_id: string | null;
  created_at: Date;
  change: NewsChange;
  title: string;
  summary: string;
  body_html: string;
  images: NewsImage[];
  language: Language;
  status: NewsStatus;
  contact_id: string | null;
  topic_ids: string[];
  municipality_ids: string[];
}

function selectRevisions(db: Executor, newsItemId: string) {
  return db
    .selectFrom('news_revisions')
    .select([
      'revision',
      'author_id',
      'created_at',
      'change',
      'title',
      'summary',
      'body_html',
      'images',
      'language',
      'status',
      'contact_id',
      'topic_ids',
      'municipality_ids',
    ])
    .where('news_item_id', '=', newsItemId);
}

/** An item's history, newest first. */
export async function listNewsRevisions(db: Executor, newsItemId: string): Promise<NewsRevision[]> {
  return selectRevisions(db, newsItemId).orderBy('revision', 'desc').execute();
}

export async function findNewsRevision(
  db: Executor,
  newsItemId: string,
  revision: number,
): Promise<NewsRevision | undefined> {
  return selectRevisions(db, newsItemId).where('revision', '=', revision).executeTakeFirst();
}
