import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { membershipActiveOn } from './memberships.js';
import { type CountedPage, countedKeysetPage, type KeysetSort, type PageRequest } from './pagination.js';
import type { Country } from './tables/common.js';
import type { MunicipalityRow } from './tables/municipalities.js';
import { containsPattern } from './text-search.js';

export const municipalityColumns = [
  'id',
  'country',
  'code',
  'name',
  'official_name',
  'county_code',
  'county_name',
  'latitude',
  'longitude',
  'website',
] as const;

export type Municipality = Pick<MunicipalityRow, (typeof municipalityColumns)[number]>;

/** An official code, optionally with its country: 1860 is Laxå in Sweden and Vestvågøy in Norway. */
export interface MunicipalityCode {
  code: string;
  country?: Country | null;
}

export interface MunicipalityFilter {
  country?: Country | null;
  county?: string | null;
  /** Federation slugs: municipalities that are members of any of them today. */
  memberOf?: string[] | null;
  search?: string | null;
}

const byName: KeysetSort<Municipality> = {
  name: 'municipalities:byName',
  direction: 'asc',
  keys: [
    { column: 'name', type: 'text', valueOf: (row) => row.name },
    { column: 'id', type: 'uuid', valueOf: (row) => row.id },
  ],
};

export async function findMunicipalitiesByIds(db: Kysely<Database>, ids: readonly string[]): Promise<Municipality[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('municipalities').select(municipalityColumns).where('id', 'in', ids).execute();
}

/** Every municipality with any of these codes, in both countries. */
export async function findMunicipalitiesWithCodes(
  db: Kysely<Database>,
  codes: readonly string[],
): Promise<Municipality[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('municipalities').select(municipalityColumns).where('code', 'in', codes).execute();
}

/** Every municipality with that code; more than one only when the country was left out and both countries use it. */
export async function findMunicipalitiesByCode(db: Kysely<Database>, key: MunicipalityCode): Promise<Municipality[]> {
  let query = db.selectFrom('municipalities').select(municipalityColumns).where('code', '=', key.code);
  if (key.country) query = query.where('country', '=', key.country);
  return query.orderBy('country', 'desc').execute();
}

export async function listMunicipalities(
  db: Kysely<Database>,
  filter: MunicipalityFilter,
  page: PageRequest,
): Promise<CountedPage<Municipality>> {
  let query = db.selectFrom('municipalities').select(municipalityColumns);
  if (filter.country) query = query.where('country', '=', filter.country);
  if (filter.county) query = query.where('county_code', '=', filter.county);
  if (filter.memberOf?.length) {
    const slugs = filter.memberOf;
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('memberships as ms')
        .innerJoin('federations as f', 'f.id', 'ms.federation_id')
        .select('ms.municipality_id')
        .where('f.slug', 'in', slugs)
        .where(membershipActiveOn(null)),
    );
  }
  if (filter.search) {
    const pattern = containsPattern(filter.search);
    const search = filter.search;
    query = query.where((eb) =>
      eb.or([eb('name', 'ilike', pattern), eb('official_name', 'ilike', pattern), eb('code', '=', search)]),
    );
  }
  return countedKeysetPage(query, byName, page);
}

/** A subquery of the ids of the municipalities with a code, for filters on other tables. */
export function municipalityIdsWithCode(db: Kysely<Database>, key: MunicipalityCode) {
  let query = db.selectFrom('municipalities as code_m').select('code_m.id').where('code_m.code', '=', key.code);
  if (key.country) query = query.where('code_m.country', '=', key.country);
  return query;
}
