// The GraphQL documents of a federation's memberships: who is a member, since when, and who left.

export interface MemberMunicipality {
  code: string;
  country: string;
  name: string;
  countyName: string;
}

export interface Membership {
  joinedOn: string;
  leftOn: string | null;
  municipality: MemberMunicipality;
}

export interface Coverage {
  memberCount: number;
  municipalityCount: number;
  percentage: number;
  regionName: string | null;
}

export interface FederationMemberships {
  slug: string;
  name: string;
  timeZone: string;
  memberCount: number;
  coverage: Coverage | null;
  members: Membership[];
  membershipHistory: Membership[];
}

const MEMBERSHIP_FIELDS = 'joinedOn leftOn municipality { code country name countyName }';
const PROBLEM = '... on Problem { __typename code message } ... on InputProblem { field }';

export const MEMBERSHIPS = `query NewsroomMemberships($federation: String!) {
  federation(slug: $federation) {
    slug name timeZone memberCount
    coverage { memberCount municipalityCount percentage regionName }
    members { ${MEMBERSHIP_FIELDS} }
    membershipHistory { ${MEMBERSHIP_FIELDS} }
  }
}`;

export const JOIN_FEDERATION = `mutation NewsroomJoinFederation($federation: String!, $municipality: String!, $joinedOn: Date!) {
  result: joinFederation(federation: $federation, municipality: $municipality, joinedOn: $joinedOn) {
    __typename ... on JoinFederationSuccess { data { ${MEMBERSHIP_FIELDS} } } ${PROBLEM}
  }
}`;

export const LEAVE_FEDERATION = `mutation NewsroomLeaveFederation($federation: String!, $municipality: String!, $leftOn: Date!) {
  result: leaveFederation(federation: $federation, municipality: $municipality, leftOn: $leftOn) {
    __typename ... on LeaveFederationSuccess { data { ${MEMBERSHIP_FIELDS} } } ${PROBLEM}
  }
}`;
