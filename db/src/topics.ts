import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { TopicRow } from './tables/topics.js';

export const topicColumns = ['id', 'slug', 'name_sv', 'name_nb', 'name_en'] as const;

export type Topic = Pick<TopicRow, (typeof topicColumns)[number]>;

export async function findTopicsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<Topic[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('topics').select(topicColumns).where('id', 'in', ids).execute();
}

export async function findTopicsBySlugs(db: Kysely<Database>, slugs: readonly string[]): Promise<Topic[]> {
  if (slugs.length === 0) return [];
  return db.selectFrom('topics').select(topicColumns).where('slug', 'in', slugs).execute();
}

export async function listTopics(db: Kysely<Database>): Promise<Topic[]> {
  return db.selectFrom('topics').select(topicColumns).orderBy('slug').execute();
}

export interface TopicNames {
  name_sv: string;
  name_nb: string;
  name_en: string;
}

/** The new topic; undefined when the slug is taken. */
export async function insertTopic(db: Kysely<Database>, slug: string, names: TopicNames): Promise<Topic | undefined> {
  return db
    .insertInto('topics')
    .values({ slug, ...names })
    .onConflict((conflict) => conflict.column('slug').doNothing())
    .returning(topicColumns)
    .executeTakeFirst();
}

/** The topic before and after renaming, locked for the transaction; undefined when there is none. */
export async function renameTopic(
  tx: Kysely<Database>,
  slug: string,
  names: TopicNames,
): Promise<{ before: Topic; after: Topic } | undefined> {
  const before = await tx
    .selectFrom('topics')
    .select(topicColumns)
    .where('slug', '=', slug)
    .forUpdate()
    .executeTakeFirst();
  if (!before) return undefined;
  const after = await tx
    .updateTable('topics')
    .set(names)
    .where('id', '=', before.id)
    .returning(topicColumns)
    .executeTakeFirstOrThrow();
  return { before, after };
}
