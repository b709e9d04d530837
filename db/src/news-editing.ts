import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import slugify from 'slugify';
import type { Database } from './database.js';
import { municipalityIdsOf, topicIdsOf } from './embedded.js';
import { newsItemColumns } from './news.js';
import { snapshot } from './news-revisions.js';
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

export class StaleRevisionError extends Error {
  constructor(
    readonly current: EditableNewsItem,
    readonly basedOn: number,
  ) {
    super(`The item is at revision ${current.revision}, not ${basedOn}.`);
  }
}

function selectEditable(db: Executor) {
  return db
    .selectFrom('news_items as n')
    .select([
      ...newsItemColumns,
      'n.scheduled_for',
      'n.revision',
      topicIdsOf('n.id').as('topic_ids'),
      municipalityIdsOf('n.id').as('municipality_ids'),
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

/** A readable slug from the title's words; a short random tail makes it unique when the words are taken. */
export function slugFor(title: string, tail: boolean): string {
  const base = slugify(title, { lower: true, strict: true }).slice(0, 80).replace(/-+$/, '') || 'nyhet';
  return tail ? `${base}-${randomBytes(3).toString('hex')}` : base;
}

async function replaceLinks(tx: Transaction<Database>, id: string, content: NewsContent): Promise<void> {
  await tx.deleteFrom('news_item_topics').where('news_item_id', '=', id).execute();
  await tx.deleteFrom('news_item_municipalities').where('news_item_id', '=', id).execute();
  const topics = [...new Set(content.topicIds)];
  const municipalities = [...new Set(content.municipalityIds)];
  if (topics.length) {
    await tx
      .insertInto('news_item_topics')
      .values(topics.map((topic_id) => ({ news_item_id: id, topic_id })))
      .execute();
  }
  if (municipalities.length) {
    await tx
      .insertInto('news_item_municipalities')
      .values(municipalities.map((municipality_id) => ({ news_item_id: id, municipality_id })))
      .execute();
  }
}

export async function createNewsDraft(
  tx: Transaction<Database>,
  federationId: string,
  authorId: string,
  content: NewsContent,
): Promise<EditableNewsItem> {
  let id: string | undefined;
  // Two drafts with one title may race for its slug; the loser takes a tail and tries again.
  for (let attempt = 0; !id; attempt += 1) {
    const inserted = await tx
      .insertInto('news_items')
      .values({
        slug: slugFor(content.title, attempt > 0),
        federation_id: federationId,
        title: content.title,
        summary: content.summary,
        body_html: content.bodyHtml,
        images: JSON.stringify(content.images),
        language: content.language,
        contact_id: content.contactId,
        status: 'draft',
        published_at: null,
      })
      .onConflict((conflict) => conflict.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    id = inserted?.id;
  }
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
    throw new StaleRevisionError(current, input.basedOn);
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
