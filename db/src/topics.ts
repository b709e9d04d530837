import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export const topicColumns = ['id', 'slug', 'name_sv', 'name_nb', 'name_en'] as const;

export interface Topic {
  id: string;
  slug: string;
  name_sv: string;
  name_nb: string;
  name_en: string;
}

export async function listTopics(db: Kysely<Database>): Promise<Topic[]> {
  return db.selectFrom('topics').select(topicColumns).orderBy('slug').execute();
}
