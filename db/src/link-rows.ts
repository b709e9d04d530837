import { sql, type Transaction } from 'kysely';
import type { Database } from './database.js';

/** The many-to-many tables the editing functions write, with their owner and target columns. */
const LINK_TABLES = {
  newsTopics: { table: 'news_item_topics', owner: 'news_item_id', target: 'topic_id' },
  newsMunicipalities: { table: 'news_item_municipalities', owner: 'news_item_id', target: 'municipality_id' },
  courseTopics: { table: 'course_topics', owner: 'course_id', target: 'topic_id' },
  courseOpenTo: { table: 'course_open_to', owner: 'course_id', target: 'municipality_id' },
  coursePrerequisites: { table: 'course_prerequisites', owner: 'course_id', target: 'prerequisite_id' },
  eventTopics: { table: 'event_topics', owner: 'event_id', target: 'topic_id' },
} as const;

export type LinkTable = keyof typeof LINK_TABLES;

/** Makes an owner's links exactly the given targets (duplicates ignored). */
export async function replaceLinkRows(
  tx: Transaction<Database>,
  kind: LinkTable,
  ownerId: string,
  targetIds: readonly string[],
): Promise<void> {
  const { table, owner, target } = LINK_TABLES[kind];
  await sql`DELETE FROM ${sql.table(table)} WHERE ${sql.ref(owner)} = ${ownerId}`.execute(tx);
  const unique = [...new Set(targetIds)];
  if (unique.length === 0) return;
  await sql`
    INSERT INTO ${sql.table(table)} (${sql.ref(owner)}, ${sql.ref(target)})
    SELECT ${ownerId}::uuid, unnest(${unique}::uuid[])`.execute(tx);
}

/** The ids an owner links to, in a stable order, as the editing views and revisions hold them. */
export function linkedIdsOf(kind: LinkTable, ownerRef: string) {
  const { table, owner, target } = LINK_TABLES[kind];
  return sql<string[]>`ARRAY(SELECT ${sql.ref(target)} FROM ${sql.table(table)}
    WHERE ${sql.ref(owner)} = ${sql.ref(ownerRef)} ORDER BY ${sql.ref(target)})`;
}
