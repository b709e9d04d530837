// The GraphQL documents of a federation's public profile: what its admins tell about it.

export interface SocialLink {
  kind: string;
  url: string;
}

/** The profile as the public Federation type gives it. */
export interface FederationProfile {
  id: string;
  slug: string;
  country: string;
  name: string;
  shortName: string | null;
  description: string;
  defaultLanguage: string;
  website: string | null;
  timeZone: string;
  regionName: string | null;
  regionCountyCodes: string[];
  socialLinks: SocialLink[];
}

/** What updateFederationProfile takes; a field left out stays as it is, null or empty removes an optional one. */
export interface FederationProfileInput {
  name?: string;
  shortName?: string | null;
  description?: string;
  defaultLanguage?: string;
  website?: string | null;
  timeZone?: string;
  regionName?: string | null;
  regionCountyCodes?: string[];
  socialLinks?: SocialLink[];
}

const PROFILE_FIELDS = `id slug country name shortName description defaultLanguage website timeZone
  regionName regionCountyCodes socialLinks { kind url }`;

export const FEDERATION_PROFILE = `query NewsroomFederationProfile($federation: String!) {
  federation(slug: $federation) { ${PROFILE_FIELDS} }
}`;

export const UPDATE_FEDERATION_PROFILE = `mutation NewsroomUpdateFederationProfile($federation: String!, $input: FederationProfileInput!) {
  result: updateFederationProfile(federation: $federation, input: $input) {
    __typename ... on UpdateFederationProfileSuccess { data { ${PROFILE_FIELDS} } }
    ... on Problem { code message } ... on InputProblem { field }
  }
}`;
