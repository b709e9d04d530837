import { compact } from '../shared/filters.js';
import type { GraphqlRequest } from '../shared/listing-context.js';

export interface ContactNode {
  id: string;
  name: string;
  title: string;
  email: string | null;
  phone: string | null;
  federation: { name: string } | null;
  municipality: { name: string } | null;
}

export interface ContactsAnswer {
  contacts: { edges: Array<{ node: ContactNode }> };
}

export function contactsRequest(
  filters: { federations: string[]; municipality: string | null },
  first: number,
): GraphqlRequest {
  return {
    query: `query SamverkaContacts($first: Int!, $filter: ContactFilter) {
      contacts(first: $first, filter: $filter) { edges { node {
        id name title email phone federation { name } municipality { name }
      } } }
    }`,
    variables: { first, filter: compact({ federations: filters.federations, municipality: filters.municipality }) },
  };
}
