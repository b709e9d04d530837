// The GraphQL documents of contacts: public work roles with a name, address and number, kept by a
// federation's publishers and admins, or for a municipality by platform admins.

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

/** A saved state as the history stores it (snake_case keys). */
export interface ContactSnapshot {
  name: string;
  role_title: string;
  email: string | null;
  phone: string | null;
  language: string;
}

export interface ContactRevision {
  revision: number;
  change: string;
  status: string;
  createdAt: string;
  author: { displayName: string } | null;
  snapshot: ContactSnapshot;
}

/** Whose contacts: a federation's by slug, or a municipality's by code ("SE-1262"). */
export type ContactOwner = { federation: string } | { municipality: string };

const CONTACT_FIELDS = 'id name title email phone language status revision';
const INPUT_PROBLEM = '... on Problem { __typename code message } ... on InputProblem { field }';
const PROBLEM = `${INPUT_PROBLEM} ... on ContactRevisionConflict { current { ${CONTACT_FIELDS} } }`;

export const CONTACTS = `query NewsroomContacts($federation: String!, $includeArchived: Boolean) {
  editableContacts(federation: $federation, includeArchived: $includeArchived, limit: 100) { ${CONTACT_FIELDS} }
}`;

export const MUNICIPALITY_CONTACTS = `query NewsroomMunicipalityContacts($municipality: String!, $includeArchived: Boolean) {
  editableMunicipalityContacts(municipality: $municipality, includeArchived: $includeArchived, limit: 100) {
    ${CONTACT_FIELDS}
  }
}`;

export const CONTACT_HISTORY = `query NewsroomContactHistory($id: ID!) {
  editableContact(id: $id) { id revision revisions { revision change status createdAt author { displayName } snapshot } }
}`;

export const CREATE_CONTACT = `mutation NewsroomCreateContact($federation: String, $municipality: String, $input: ContactInput!) {
  result: createContact(federation: $federation, municipality: $municipality, input: $input) {
    __typename ... on CreateContactSuccess { data { ${CONTACT_FIELDS} } } ${INPUT_PROBLEM}
  }
}`;

export const UPDATE_CONTACT = `mutation NewsroomUpdateContact($id: ID!, $basedOn: Int!, $input: ContactInput!) {
  result: updateContact(id: $id, basedOn: $basedOn, input: $input) {
    __typename ... on UpdateContactSuccess { data { ${CONTACT_FIELDS} } } ${PROBLEM}
  }
}`;

export const RESTORE_CONTACT = `mutation NewsroomRestoreContact($id: ID!, $basedOn: Int!, $revision: Int!) {
  result: restoreContactRevision(id: $id, basedOn: $basedOn, revision: $revision) {
    __typename ... on RestoreContactRevisionSuccess { data { ${CONTACT_FIELDS} } } ${PROBLEM}
  }
}`;

export const ARCHIVE_CONTACT = `mutation NewsroomArchiveContact($id: ID!, $basedOn: Int!) {
  result: archiveContact(id: $id, basedOn: $basedOn) {
    __typename ... on ArchiveContactSuccess { data { ${CONTACT_FIELDS} } } ${PROBLEM}
  }
}`;

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
