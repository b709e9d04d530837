import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from './database.js';
import { federationIdsWithSlugs } from './filters.js';
import { type MunicipalityCode, municipalityIdsWithCode } from './municipalities.js';
import { type CountedPage, countedKeysetPage, type KeysetSort, type PageRequest } from './pagination.js';
import type { Language } from './tables/common.js';

export interface Contact {
  id: string;
  federation_id: string | null;
  municipality_id: string | null;
  name: string;
  role_title: string;
  email: string | null;
  phone: string | null;
  language: Language;
}

export interface ContactFilter {
  federations?: string[] | null;
  municipality?: MunicipalityCode | null;
}

const contactColumns = [
  'id',
  'federation_id',
  'municipality_id',
  'name',
  'role_title',
  'email',
  'phone',
  'language',
] as const;

const byName: KeysetSort<Contact> = {
  name: 'contacts:byName',
  direction: 'asc',
  keys: [
    { column: 'ct.name', type: 'text', valueOf: (row) => row.name },
    { column: 'ct.id', type: 'uuid', valueOf: (row) => row.id },
  ],
};

/** A contact whose role has ended is archived and no longer shown. */
export function isActiveContact(eb: ExpressionBuilder<Database & { ct: Database['contacts'] }, 'ct'>) {
  return eb('ct.status', '=', 'active');
}

function selectContacts(db: Kysely<Database>) {
  return db.selectFrom('contacts as ct').select(contactColumns).where(isActiveContact);
}

export async function findActiveContactsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<Contact[]> {
  if (ids.length === 0) return [];
  return selectContacts(db).where('ct.id', 'in', ids).execute();
}

export async function listActiveContacts(
  db: Kysely<Database>,
  filter: ContactFilter,
  page: PageRequest,
): Promise<CountedPage<Contact>> {
  let query = selectContacts(db);
  if (filter.federations?.length)
    query = query.where('ct.federation_id', 'in', federationIdsWithSlugs(db, filter.federations));
  if (filter.municipality)
    query = query.where('ct.municipality_id', 'in', municipalityIdsWithCode(db, filter.municipality));
  return countedKeysetPage(query, byName, page);
}
