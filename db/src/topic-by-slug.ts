import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { type Topic, topicColumns } from './topics.js';

export async function findTopicBySlug(db: Kysely<Database>, slug: string): Promise<Topic | undefined> {
  return db.selectFrom('topics').select(topicColumns).where('slug', '=', slug).executeTakeFirst();
}
