import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';
import { linkedIdsOf, replaceLinkRows } from './link-rows.js';
import { newsItemColumns } from './news.js';
import { snapshot } from './news-revisions.js';
import { StaleRevisionError } from './revisions.js';
import { insertSluggedRow } from './slugs.js';
import type { Language } from './tables/common.js';
import type { NewsImage, NewsStatus } from './tables/news.js';
import type { NewsChange } from './tables/news-revisions.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** A news item as its federation's people see it: any status, with its links as ids. */
export interface EditableNewsItem {
  id: string;
  slug: string;
  federation_id: string;
  title: string;
  summary: string;
  body_html: string;
  images: NewsImage[];
  language: Language;
  status: NewsStatus;
  published_at: Date | null;
  scheduled_for: Date | null;
  contact_id: string | null;
  revision: number;
  updated_at: Date;
  topic_ids: string[];
  municipality_ids: string[];
}

/** The content an editor writes; status and dates change only through the publishing steps. */
export interface NewsContent {
  title: string;
  summary: string;
  bodyHtml: string;
  images: NewsImage[];
  language: Language;
  contactId: string | null;
  topicIds: string[];
  municipalityIds: string[];
}

function selectEditable(db: Executor) {
  return db
    .selectFrom('news_items as n')
    .select([
      ...newsItemColumns,
      'n.scheduled_for',
      'n.revision',
      linkedIdsOf('newsTopics', 'n.id').as('topic_ids'),
      linkedIdsOf('newsMunicipalities', 'n.id').as('municipality_ids'),
    ]);
}

export async function findEditableNews(db: Executor, ids: readonly string[]): Promise<EditableNewsItem[]> {
  if (ids.length === 0) return [];
  return selectEditable(db).where('n.id', 'in', ids).execute();
}

/** Locks the item for the rest of the transaction, so two saves cannot both pass the revision check. */
async function lockEditable(tx: Transaction<Database>, id: string): Promise<EditableNewsItem | undefined> {
  return selectEditable(tx).where('n.id', '=', id).forUpdate('n').executeTakeFirst();
}

async function replaceLinks(tx: Transaction<Database>, id: string, content: NewsContent): Promise<void> {
  await replaceLinkRows(tx, 'newsTopics', id, content.topicIds);
  await replaceLinkRows(tx, 'newsMunicipalities', id, content.municipalityIds);
}

export async function createNewsDraft(
  tx: Transaction<Database>,
  federationId: string,
  authorId: string,
  content: NewsContent,
): Promise<EditableNewsItem> {
  const id = await insertSluggedRow(tx, 'news_items', content.title, 'nyhet', {
    federation_id: federationId,
    title: content.title,
    summary: content.summary,
    body_html: content.bodyHtml,
    images: JSON.stringify(content.images),
    language: content.language,
    contact_id: content.contactId,
    status: 'draft',
    published_at: null,
  });
  await replaceLinks(tx, id, content);
  await snapshot(tx, id, authorId, 'created');
  return selectEditable(tx).where('n.id', '=', id).executeTakeFirstOrThrow();
}

/** What a publishing step sets; fields left out keep their value. */
export interface NewsStateChange {
  status?: NewsStatus;
  published_at?: Date | null;
  scheduled_for?: Date | null;
}

/**
 * Saves a new revision of an item: new content, a new state, or both. Refused with
 * StaleRevisionError when `basedOn` is given and someone saved in between; undefined when
 * there is no such item.
 */
export async function saveNewsRevision(
  tx: Transaction<Database>,
  input: {
    id: string;
    basedOn: number | null;
    authorId: string | null;
    change: NewsChange;
    content?: NewsContent;
    state?: NewsStateChange;
  },
): Promise<EditableNewsItem | undefined> {
  const current = await lockEditable(tx, input.id);
  if (!current) return undefined;
  if (input.basedOn !== null && input.basedOn !== current.revision)
    throw new StaleRevisionError<EditableNewsItem>(current, input.basedOn);
  const content = input.content;
  await tx
    .updateTable('news_items')
    .set({
      ...(content && {
        title: content.title,
        summary: content.summary,
        body_html: content.bodyHtml,
        images: JSON.stringify(content.images),
        language: content.language,
        contact_id: content.contactId,
      }),
      ...input.state,
      revision: current.revision + 1,
    })
    .where('id', '=', input.id)
    .execute();
  if (content) await replaceLinks(tx, input.id, content);
  await snapshot(tx, input.id, input.authorId, input.change);
  return lockEditable(tx, input.id);
}

/** The federation's own items in the given statuses, last saved first: for its people only. */
export async function listEditableNews(
  db: Executor,
  federationId: string,
  statuses: readonly NewsStatus[],
  limit: number,
): Promise<EditableNewsItem[]> {
  let query = selectEditable(db).where('n.federation_id', '=', federationId);
  if (statuses.length) query = query.where('n.status', 'in', statuses);
  return query.orderBy('n.updated_at', 'desc').orderBy('n.id', 'desc').limit(limit).execute();
}
