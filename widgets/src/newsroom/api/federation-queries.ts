// The GraphQL document of the federations a platform admin may work in: every one, a page at a time.

/** A federation as every chooser offers it; its time zone is the one its times are shown and read in. */
export interface FederationChoice {
  slug: string;
  name: string;
  timeZone: string;
}

/** `first` is the connection's largest page; the newsroom follows `endCursor` until there is no next page. */
export const FEDERATION_CHOICES = `query NewsroomFederationChoices($after: String) {
  federations(first: 100, after: $after) {
    edges { node { slug name timeZone } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface FederationChoicesPage {
  federations: {
    edges: Array<{ node: FederationChoice }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
