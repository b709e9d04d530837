import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** Subqueries that turn the slugs a caller filters by into ids, inside the one statement. */

export function federationIdsWithSlugs(db: Kysely<Database>, slugs: readonly string[]) {
  return db.selectFrom('federations as slug_f').select('slug_f.id').where('slug_f.slug', 'in', slugs);
}

export function topicIdsWithSlugs(db: Kysely<Database>, slugs: readonly string[]) {
  return db.selectFrom('topics as slug_t').select('slug_t.id').where('slug_t.slug', 'in', slugs);
}
