import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';

/** The many-to-many tables whose targets are loaded through the target type's own loader. */
const LINKS = {
  coursePrerequisites: { table: 'course_prerequisites', owner: 'course_id', target: 'prerequisite_id' },
  courseOpenTo: { table: 'course_open_to', owner: 'course_id', target: 'municipality_id' },
  initiativeFederations: { table: 'initiative_federations', owner: 'initiative_id', target: 'federation_id' },
  initiativeMunicipalities: { table: 'initiative_municipalities', owner: 'initiative_id', target: 'municipality_id' },
} as const;

export type LinkKind = keyof typeof LINKS;

export interface Link {
  owner: string;
  target: string;
}

/** Every link of these owners, in one statement. */
export async function findLinks(db: Kysely<Database>, kind: LinkKind, ownerIds: readonly string[]): Promise<Link[]> {
  if (ownerIds.length === 0) return [];
  const { table, owner, target } = LINKS[kind];
  const result = await sql<Link>`
    SELECT ${sql.ref(owner)} AS owner, ${sql.ref(target)} AS target FROM ${sql.table(table)}
    WHERE ${sql.ref(owner)} = ANY (${[...ownerIds]}::uuid[])`.execute(db);
  return result.rows;
}
