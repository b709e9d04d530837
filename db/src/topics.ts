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
