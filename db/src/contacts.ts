import type { Kysely } from 'kysely';
import type { Database } from './database.js';
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
    { column: 'name', type: 'text', valueOf: (row) => row.name },
    { column: 'id', type: 'uuid', valueOf: (row) => row.id },
  ],
};

function selectContacts(db: Kysely<Database>) {
  return db.selectFrom('contacts').select(contactColumns).where('status', '=', 'active');
}

export async function findActiveContactsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<Contact[]> {
  if (ids.length === 0) return [];
  return selectContacts(db).where('id', 'in', ids).execute();
}

export async function listActiveContacts(
  db: Kysely<Database>,
  filter: ContactFilter,
  page: PageRequest,
): Promise<CountedPage<Contact>> {
  let query = selectContacts(db);
  if (filter.federations?.length) {
    const slugs = filter.federations;
    query = query.where('federation_id', 'in', (eb) =>
      eb.selectFrom('federations').select('id').where('slug', 'in', slugs),
    );
  }
  if (filter.municipality)
    query = query.where('municipality_id', 'in', municipalityIdsWithCode(db, filter.municipality));
  return countedKeysetPage(query, byName, page);
}
