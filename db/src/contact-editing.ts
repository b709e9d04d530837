import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';
import { recordRevision, saveRevision } from './revisions.js';
import type { Language } from './tables/common.js';

type Executor = Kysely<Database> | Transaction<Database>;

export type ContactStatus = 'active' | 'archived';

/** A contact as the people of its federation see it: archived ones too. */
export interface EditableContact {
  id: string;
  federation_id: string | null;
  municipality_id: string | null;
  name: string;
  role_title: string;
  email: string | null;
  phone: string | null;
  language: Language;
  status: ContactStatus;
  revision: number;
  updated_at: Date;
}

/** A work role's public details (GDPR: nothing private). */
export interface ContactContent {
  name: string;
  roleTitle: string;
  email: string | null;
  phone: string | null;
  language: Language;
}

export type ContactSnapshot = Pick<EditableContact, 'name' | 'role_title' | 'email' | 'phone' | 'language'>;

/** Exactly one of the two: where the role is. */
export type ContactOwner =
  | { federationId: string; municipalityId: null }
  | { federationId: null; municipalityId: string };

function selectEditable(db: Executor) {
  return db
    .selectFrom('contacts as ct')
    .select([
      'ct.id',
      'ct.federation_id',
      'ct.municipality_id',
      'ct.name',
      'ct.role_title',
      'ct.email',
      'ct.phone',
      'ct.language',
      'ct.status',
      'ct.revision',
      'ct.updated_at',
    ]);
}

export async function findEditableContacts(db: Executor, ids: readonly string[]): Promise<EditableContact[]> {
  if (ids.length === 0) return [];
  return selectEditable(db).where('ct.id', 'in', ids).execute();
}

/** A federation's or a municipality's contacts by name, archived ones too when asked: for those who keep them. */
export async function listEditableContacts(
  db: Executor,
  owner: ContactOwner,
  includeArchived: boolean,
  limit: number,
): Promise<EditableContact[]> {
  let query = owner.federationId
    ? selectEditable(db).where('ct.federation_id', '=', owner.federationId)
    : selectEditable(db).where('ct.municipality_id', '=', owner.municipalityId);
  if (!includeArchived) query = query.where('ct.status', '=', 'active');
  return query.orderBy('ct.name').orderBy('ct.id').limit(limit).execute();
}

function lockEditable(tx: Transaction<Database>, id: string): Promise<EditableContact | undefined> {
  return selectEditable(tx).where('ct.id', '=', id).forUpdate('ct').executeTakeFirst();
}

async function snapshotOf(_tx: Transaction<Database>, contact: EditableContact): Promise<ContactSnapshot> {
  const { name, role_title, email, phone, language } = contact;
  return { name, role_title, email, phone, language };
}

function columnsOf(content: ContactContent) {
  return {
    name: content.name,
    role_title: content.roleTitle,
    email: content.email,
    phone: content.phone,
    language: content.language,
  };
}

export async function createContact(
  tx: Transaction<Database>,
  owner: ContactOwner,
  authorId: string | null,
  content: ContactContent,
): Promise<EditableContact> {
  const { id } = await tx
    .insertInto('contacts')
    .values({ federation_id: owner.federationId, municipality_id: owner.municipalityId, ...columnsOf(content) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const created = await selectEditable(tx).where('ct.id', '=', id).executeTakeFirstOrThrow();
  await recordRevision(tx, 'contact', created, authorId, 'created', await snapshotOf(tx, created));
  return created;
}

/**
 * Saves a new revision of a contact: new details, archived, or both. Archived contacts stay, so
 * what links to them keeps working; the public just no longer sees them.
 */
export async function saveContactRevision(
  tx: Transaction<Database>,
  input: {
    id: string;
    basedOn: number | null;
    authorId: string | null;
    change: string;
    content?: ContactContent;
    state?: { status: ContactStatus };
  },
): Promise<EditableContact | undefined> {
  return saveRevision(tx, 'contact', {
    ...input,
    lock: lockEditable,
    snapshotOf,
    write: async (tx, current) => {
      const { content, state } = input;
      if (!content && !state) return;
      await tx
        .updateTable('contacts')
        .set({ ...(content && columnsOf(content)), ...state })
        .where('id', '=', current.id)
        .execute();
    },
  });
}
