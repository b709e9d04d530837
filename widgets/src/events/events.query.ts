import { type FeedsAnswer, feedsQueryPart } from '../shared/feeds.js';
import { compact } from '../shared/filters.js';
import type { GraphqlRequest } from '../shared/listing-context.js';

export interface EventNode {
  id: string;
  title: string;
  summary: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
  language: string;
  placeName: string | null;
  address: string | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
  registrationDeadline: string | null;
  municipality: { name: string } | null;
  organiser: { name: string; timeZone: string; website: string | null };
}

export interface EventsAnswer extends FeedsAnswer {
  events: { edges: Array<{ node: EventNode }> };
}

const HOUR_MS = 3_600_000;

export function eventsRequest(
  filters: { federations: string[]; topics: string[]; municipality: string | null },
  first: number,
): GraphqlRequest {
  const feeds = feedsQueryPart(filters.federations);
  // "Not over yet", rounded down to the hour: identical widgets, and one widget's refreshes within
  // the hour, send the same URL, so the page's cache, the browser's and a CDN's can answer them.
  const endsAfter = new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS).toISOString();
  return {
    query: `query SamverkaEvents($first: Int!, $filter: EventFilter${feeds.declaration}) {
      events(first: $first, filter: $filter) { edges { node {
        id title summary startsAt endsAt cancelled language placeName address onlineUrl
        registrationUrl registrationDeadline
        municipality { name }
        organiser { name timeZone website }
      } } }
      ${feeds.selection}
    }`,
    variables: {
      first,
      filter: compact({ ...filters, endsAfter }),
      ...feeds.variables,
    },
  };
}
