// The GraphQL documents of contacts: public work roles with a name, address and number, kept by a
// federation's publishers and admins, or for a municipality by platform admins.
import { BASED_ON, changeProblems, INPUT_PROBLEM, resultMutation } from './result-queries.js';
import { revisionsQuery } from './revision-queries.js';

export interface EditableContact {
  id: string;
  name: string;
  title: string;
  email: string | null;
  phone: string | null;
  language: string;
  status: 'ACTIVE' | 'ARCHIVED';
  revision: number;
}

export interface ContactDraft {
  name: string;
  title: string;
  email: string;
  phone: string;
  language: string;
}

/** Whose contacts: a federation's by slug, or a municipality's by code ("SE-1262"). */
export type ContactOwner = { federation: string } | { municipality: string };

const CONTACT_FIELDS = 'id name title email phone language status revision';
const CHANGED = { fields: CONTACT_FIELDS, problems: changeProblems('ContactRevisionConflict', CONTACT_FIELDS) };

export const CONTACTS = `query NewsroomContacts($federation: String!, $includeArchived: Boolean) {
  editableContacts(federation: $federation, includeArchived: $includeArchived, limit: 100) { ${CONTACT_FIELDS} }
}`;

export const MUNICIPALITY_CONTACTS = `query NewsroomMunicipalityContacts($municipality: String!, $includeArchived: Boolean) {
  editableMunicipalityContacts(municipality: $municipality, includeArchived: $includeArchived, limit: 100) {
    ${CONTACT_FIELDS}
  }
}`;

export const CONTACT_HISTORY = revisionsQuery('Contact');

export const CREATE_CONTACT = resultMutation(
  'NewsroomCreateContact',
  'createContact',
  { federation: 'String', municipality: 'String', input: 'ContactInput!' },
  { fields: CONTACT_FIELDS, problems: INPUT_PROBLEM },
);

export const UPDATE_CONTACT = resultMutation(
  'NewsroomUpdateContact',
  'updateContact',
  { ...BASED_ON, input: 'ContactInput!' },
  CHANGED,
);

export const RESTORE_CONTACT = resultMutation(
  'NewsroomRestoreContact',
  'restoreContactRevision',
  { ...BASED_ON, revision: 'Int!' },
  CHANGED,
);

export const ARCHIVE_CONTACT = resultMutation('NewsroomArchiveContact', 'archiveContact', BASED_ON, CHANGED);

/** The list query and its variables for an owner. */
export function contactsQuery(owner: ContactOwner, includeArchived: boolean) {
  return 'federation' in owner
    ? { query: CONTACTS, variables: { federation: owner.federation, includeArchived } }
    : { query: MUNICIPALITY_CONTACTS, variables: { municipality: owner.municipality, includeArchived } };
}

/** A stable text for an owner, e.g. for storage keys. */
export function ownerKey(owner: ContactOwner): string {
  return 'federation' in owner ? owner.federation : `municipality:${owner.municipality}`;
}

/** What the form shows for a saved contact; what a save would send back unchanged. */
export function draftOf(contact: EditableContact): ContactDraft {
  const { name, title, email, phone, language } = contact;
  return { name, title, email: email ?? '', phone: phone ?? '', language };
}

/** The draft as ContactInput: empty optional fields as null. */
export function contactInput(draft: ContactDraft): Record<string, unknown> {
  return {
    name: draft.name.trim(),
    title: draft.title.trim(),
    email: draft.email.trim() || null,
    phone: draft.phone.trim() || null,
    language: draft.language,
  };
}
