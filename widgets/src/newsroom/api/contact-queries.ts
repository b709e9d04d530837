// The GraphQL documents of a federation's contacts: public work roles with a name, address and number.

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

const CONTACT_FIELDS = 'id name title email phone language status revision';
const INPUT_PROBLEM = '... on Problem { __typename code message } ... on InputProblem { field }';
const PROBLEM = `${INPUT_PROBLEM} ... on ContactRevisionConflict { current { ${CONTACT_FIELDS} } }`;

export const CONTACTS = `query NewsroomContacts($federation: String!, $includeArchived: Boolean) {
  editableContacts(federation: $federation, includeArchived: $includeArchived, limit: 100) { ${CONTACT_FIELDS} }
}`;

export const CREATE_CONTACT = `mutation NewsroomCreateContact($federation: String!, $input: ContactInput!) {
  result: createContact(federation: $federation, input: $input) {
    __typename ... on CreateContactSuccess { data { ${CONTACT_FIELDS} } } ${INPUT_PROBLEM}
  }
}`;

export const UPDATE_CONTACT = `mutation NewsroomUpdateContact($id: ID!, $basedOn: Int!, $input: ContactInput!) {
  result: updateContact(id: $id, basedOn: $basedOn, input: $input) {
    __typename ... on UpdateContactSuccess { data { ${CONTACT_FIELDS} } } ${PROBLEM}
  }
}`;

export const ARCHIVE_CONTACT = `mutation NewsroomArchiveContact($id: ID!, $basedOn: Int!) {
  result: archiveContact(id: $id, basedOn: $basedOn) {
    __typename ... on ArchiveContactSuccess { data { ${CONTACT_FIELDS} } } ${PROBLEM}
  }
}`;

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
