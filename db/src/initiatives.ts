import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from './database.js';
import { type MunicipalityCode, municipalityIdsWithCode } from './municipalities.js';
import { type CountedPage, countedKeysetPage, type KeysetSort, type PageRequest } from './pagination.js';
import type { Language } from './tables/common.js';
import { matchesText } from './text-search.js';

export interface Initiative {
  id: string;
  slug: string;
  federation_id: string;
  title: string;
  summary: string;
  description_html: string;
  funding: string | null;
  starts_on: string | null;
  ends_on: string | null;
  participant_goal: number | null;
  participants_reached: number | null;
  website: string | null;
  language: Language;
  published_at: Date;
  updated_at: Date;
}

export interface InitiativeFilter {
  /** Federations that lead or take part. */
  federations?: string[] | null;
  municipality?: MunicipalityCode | null;
  search?: string | null;
}

const initiativeColumns = [
  'i.id',
  'i.slug',
  'i.federation_id',
  'i.title',
  'i.summary',
  'i.description_html',
  'i.funding',
  'i.starts_on',
  'i.ends_on',
  'i.participant_goal',
  'i.participants_reached',
  'i.website',
  'i.language',
  'i.published_at',
  'i.updated_at',
] as const;

const newest: KeysetSort<Initiative> = {
  name: 'initiatives:newest',
  direction: 'desc',
  keys: [
    { column: 'i.published_at', type: 'timestamptz', valueOf: (row) => row.published_at.toISOString() },
    { column: 'i.id', type: 'uuid', valueOf: (row) => row.id },
  ],
};

/** What the public may read: published, and not dated in the future. */
export function isPublicInitiative(eb: ExpressionBuilder<Database & { i: Database['initiatives'] }, 'i'>) {
  return eb.and([eb('i.status', '=', 'published'), eb('i.published_at', '<=', sql<Date>`now()`)]);
}

function selectInitiatives(db: Kysely<Database>) {
  return db
    .selectFrom('initiatives as i')
    .select(initiativeColumns)
    .where(isPublicInitiative)
    .$narrowType<{ published_at: Date }>();
}

export async function findPublicInitiativesByIds(db: Kysely<Database>, ids: readonly string[]): Promise<Initiative[]> {
  if (ids.length === 0) return [];
  return selectInitiatives(db).where('i.id', 'in', ids).execute();
}

export async function findPublicInitiativeBySlug(db: Kysely<Database>, slug: string): Promise<Initiative | undefined> {
  return selectInitiatives(db).where('i.slug', '=', slug).executeTakeFirst();
}

export async function listPublicInitiatives(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  page: PageRequest,
): Promise<CountedPage<Initiative>> {
  let query = selectInitiatives(db);
  if (filter.federations?.length) {
    const slugs = filter.federations;
    query = query.where('i.id', 'in', (eb) =>
      eb
        .selectFrom('initiative_federations as fi')
        .innerJoin('federations as ff', 'ff.id', 'fi.federation_id')
        .select('fi.initiative_id')
        .where('ff.slug', 'in', slugs),
    );
  }
  if (filter.municipality) {
    const municipalityIds = municipalityIdsWithCode(db, filter.municipality);
    query = query.where('i.id', 'in', (eb) =>
      eb
        .selectFrom('initiative_municipalities as im')
        .select('im.initiative_id')
        .where('im.municipality_id', 'in', municipalityIds),
    );
  }
  if (filter.search) query = query.where(matchesText('i.search_vector', filter.search));
  return countedKeysetPage(query, newest, page);
}
