import type { Generated, Insertable, Selectable } from 'kysely';
import type { Language, ReadOnly, Timestamps } from './common.js';

export interface ContactsTable extends Timestamps {
  id: Generated<string>;
  /** Exactly one of federation_id and municipality_id is set. */
  federation_id: string | null;
  municipality_id: string | null;
  name: string;
  role_title: string;
  /** Only a role address or number the person's role makes public (GDPR). */
  email: string | null;
  phone: string | null;
  language: Language;
  status: Generated<'active' | 'archived'>;
  is_demo: Generated<boolean>;
  search_vector: ReadOnly<string>;
  /** Counts saved revisions; an update must name the one it started from. */
  revision: Generated<number>;
}

export type ContactRow = Selectable<ContactsTable>;
export type NewContact = Insertable<ContactsTable>;
