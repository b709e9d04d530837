import { sharedClient } from '../client/graphql-client.js';

export interface BuilderFederation {
  slug: string;
  name: string;
  website: string | null;
  country: string;
  feeds: { rss: string; calendar: string };
  members: Array<{ municipality: { code: string; country: string; name: string } }>;
}

export interface BuilderData {
  federations: BuilderFederation[];
  topics: Array<{ slug: string; name: string }>;
}

interface Answer {
  federations: { edges: Array<{ node: BuilderFederation }> };
  topics: Array<{ slug: string; name: string }>;
}

const QUERY = `query SamverkaEmbedBuilder($language: UiLanguage!) {
  federations(first: 100) {
    edges { node { slug name website country feeds { rss calendar } members { municipality { code country name } } } }
  }
  topics { slug name(language: $language) }
}`;

/** What the form offers, from the hub's public API (the same GET queries the widgets make). */
export async function loadBuilderData(endpoint: string, language: 'sv' | 'en'): Promise<BuilderData> {
  const data = await sharedClient().query<Answer>(endpoint, QUERY, { language });
  return { federations: data.federations.edges.map((edge) => edge.node), topics: data.topics };
}
