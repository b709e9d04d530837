import { type FeedsAnswer, feedsQueryPart } from '../shared/feeds.js';
import { compact } from '../shared/filters.js';
import type { GraphqlRequest } from '../shared/listing-context.js';

export interface NewsNode {
  id: string;
  title: string;
  summary: string;
  body: string;
  publishedAt: string;
  updatedAt: string;
  language: string;
  sourceUrl: string | null;
  images: Array<{ url: string; alt: string }>;
  publisher: { name: string; timeZone: string; website: string | null };
  topics: Array<{ slug: string; name: string }>;
}

export interface NewsAnswer extends FeedsAnswer {
  news: { edges: Array<{ node: NewsNode }> };
}

export function newsRequest(
  filters: { federations: string[]; topics: string[]; municipality: string | null },
  first: number,
  language: string,
): GraphqlRequest {
  const feeds = feedsQueryPart(filters.federations);
  return {
    query: `query SamverkaNews($first: Int!, $filter: NewsFilter, $ui: UiLanguage!${feeds.declaration}) {
      news(first: $first, filter: $filter) { edges { node {
        id title summary body publishedAt updatedAt language sourceUrl
        images { url alt }
        publisher { name timeZone website }
        topics { slug name(language: $ui) }
      } } }
      ${feeds.selection}
    }`,
    variables: {
      first,
      filter: compact({ federations: filters.federations, topics: filters.topics, municipality: filters.municipality }),
      ui: language,
      ...feeds.variables,
    },
  };
}
