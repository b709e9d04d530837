import type { GraphqlRequest } from '../shared/listing-context.js';

export interface MemberNode {
  joinedOn: string;
  municipality: { id: string; code: string; name: string; website: string | null };
}

export interface FederationMembers {
  slug: string;
  name: string;
  timeZone: string;
  memberCount: number;
  coverage: { memberCount: number; municipalityCount: number; percentage: number; regionName: string | null } | null;
  members: MemberNode[];
}

export type MembersAnswer = Record<string, FederationMembers | null>;

/** One aliased `federation` field per slug (`f0`, `f1`, …), in one request. */
export function membersRequest(federations: string[]): GraphqlRequest {
  if (!federations.length) return { query: 'query SamverkaMembers { __typename }', variables: {} };
  const declarations = federations.map((_, index) => `$f${index}: String!`).join(', ');
  const fields = federations.map((_, index) => `f${index}: federation(slug: $f${index}) { ...Members }`).join(' ');
  return {
    query: `query SamverkaMembers(${declarations}) { ${fields} }
      fragment Members on Federation {
        slug name timeZone memberCount
        coverage { memberCount municipalityCount percentage regionName }
        members { joinedOn municipality { id code name website } }
      }`,
    variables: Object.fromEntries(federations.map((slug, index) => [`f${index}`, slug])),
  };
}
