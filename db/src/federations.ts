import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';
import { membershipActiveOn } from './memberships.js';
import { type CountedPage, countedKeysetPage, type KeysetSort, type PageRequest } from './pagination.js';
import type { Country } from './tables/common.js';
import type { FederationKind, FederationRow } from './tables/federations.js';

export const federationColumns = [
  'id',
  'slug',
  'name',
  'short_name',
  'kind',
  'country',
  'region_name',
  'region_county_codes',
  'description',
  'website',
  'social_links',
  'parent_id',
  'time_zone',
  'default_language',
] as const;

/** Social links are parsed JSON; the rest is the row as stored. */
export type Federation = Pick<FederationRow, (typeof federationColumns)[number]>;

export interface FederationFilter {
  country?: Country | null;
  kind?: FederationKind | null;
  /** Slug of a parent: its child federations. */
  parent?: string | null;
}

const byName: KeysetSort<Federation> = {
  name: 'federations:byName',
  direction: 'asc',
  keys: [
    { column: 'name', type: 'text', valueOf: (row) => row.name },
    { column: 'id', type: 'uuid', valueOf: (row) => row.id },
  ],
};

export async function findFederationsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<Federation[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('federations').select(federationColumns).where('id', 'in', ids).execute();
}

export async function findFederationsBySlugs(db: Kysely<Database>, slugs: readonly string[]): Promise<Federation[]> {
  if (slugs.length === 0) return [];
  return db.selectFrom('federations').select(federationColumns).where('slug', 'in', slugs).execute();
}

export async function findFederationBySlug(db: Kysely<Database>, slug: string): Promise<Federation | undefined> {
  return db.selectFrom('federations').select(federationColumns).where('slug', '=', slug).executeTakeFirst();
}

export async function listFederations(
  db: Kysely<Database>,
  filter: FederationFilter,
  page: PageRequest,
): Promise<CountedPage<Federation>> {
  let query = db.selectFrom('federations').select(federationColumns);
  if (filter.country) query = query.where('country', '=', filter.country);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.parent) {
    const parent = filter.parent;
    query = query.where('parent_id', 'in', (eb) =>
      eb.selectFrom('federations as p').select('p.id').where('p.slug', '=', parent),
    );
  }
  return countedKeysetPage(query, byName, page);
}

export async function findChildFederations(db: Kysely<Database>, parentIds: readonly string[]): Promise<Federation[]> {
  if (parentIds.length === 0) return [];
  return db
    .selectFrom('federations')
    .select(federationColumns)
    .where('parent_id', 'in', parentIds)
    .orderBy('name')
    .execute();
}

/** How much of its region a federation covers: members there out of all municipalities there. */
export interface FederationCoverage {
  federation_id: string;
  region_name: string | null;
  /** False when the federation names no counties as its region. */
  has_region: boolean;
  member_count: number;
  region_member_count: number;
  region_municipality_count: number;
}

/** Counts on a given day (today when absent); one statement for any number of federations. */
export async function findFederationCoverage(
  db: Kysely<Database>,
  federationIds: readonly string[],
  on: string | null,
): Promise<FederationCoverage[]> {
  if (federationIds.length === 0) return [];
  const active = membershipActiveOn(on);
  const result = await sql<FederationCoverage>`
    SELECT f.id AS federation_id, f.region_name, cardinality(f.region_county_codes) > 0 AS has_region,
      count(DISTINCT ms.municipality_id)::int AS member_count,
      count(DISTINCT ms.municipality_id) FILTER (
        WHERE m.country = f.country AND m.county_code = ANY (f.region_county_codes))::int AS region_member_count,
      (SELECT count(*)::int FROM municipalities rm
        WHERE rm.country = f.country AND rm.county_code = ANY (f.region_county_codes)) AS region_municipality_count
    FROM federations f
    LEFT JOIN memberships ms ON ms.federation_id = f.id AND ${active}
    LEFT JOIN municipalities m ON m.id = ms.municipality_id
    WHERE f.id IN (${sql.join(federationIds.map((id) => sql`${id}::uuid`))})
    GROUP BY f.id`.execute(db);
  return result.rows;
}
