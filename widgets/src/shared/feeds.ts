// Subscription links for a listing. The hub names its feed URLs (Federation.feeds, built on its public
// address); the listing's filters go along as query parameters, as the feeds accept them.

import { webUrl } from './web-url.js';

export interface FeedUrls {
  rss: string;
  calendar: string;
}

export interface FeedFilters {
  federations: string[];
  topics: string[];
  municipality: string | null;
}

export interface FeedsQueryPart {
  /** To add to the operation's variable declarations. */
  declaration: string;
  /** To add to the operation's selection: `feedSource { feeds { rss calendar } }`. */
  selection: string;
  variables: Record<string, unknown>;
}

/** What brings the first federation's feed URLs into a listing's query; nothing without a federation. */
export function feedsQueryPart(federations: string[]): FeedsQueryPart {
  if (!federations.length) return { declaration: '', selection: '', variables: {} };
  return {
    declaration: ', $feedFederation: String!',
    selection: 'feedSource: federation(slug: $feedFederation) { feeds { rss calendar } }',
    variables: { feedFederation: federations[0] },
  };
}

/** The answer's part that `feedsQueryPart` asked for. */
export interface FeedsAnswer {
  feedSource?: { feeds: FeedUrls } | null;
}

/** The news feed (RSS) for the listing's filters. */
export function newsFeedUrl(feeds: FeedUrls | undefined, endpoint: string, filters: FeedFilters): string | undefined {
  const base = feeds?.rss ?? `${endpoint}/feeds/news.rss`;
  const url = filters.federations.length > 1 ? base.replace(/\/federations\/[^/]+\/news\.rss$/, '/news.rss') : base;
  return withFilters(url, filters);
}

/** The calendar (iCalendar) for the listing's filters. */
export function calendarUrl(feeds: FeedUrls | undefined, endpoint: string, filters: FeedFilters): string | undefined {
  const base = feeds?.calendar ?? `${endpoint}/calendar/events.ics`;
  const url = filters.federations.length > 1 ? base.replace(/\/federations\/[^/]+\.ics$/, '/events.ics') : base;
  return withFilters(url, filters);
}

function withFilters(base: string, { federations, topics, municipality }: FeedFilters): string | undefined {
  if (!webUrl(base)) return undefined;
  const url = new URL(base);
  if (federations.length > 1) url.searchParams.set('federations', federations.join(','));
  if (topics.length) url.searchParams.set('topics', topics.join(','));
  if (municipality) url.searchParams.set('municipality', municipality);
  return url.href;
}
