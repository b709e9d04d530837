import type { ListingFilter } from '@samverka/db/listing-filter';
import type { Language } from '@samverka/db/tables/common';
import { checkSlugs, parseMunicipalityCode } from '@samverka/schema/inputs';
import { badParameter } from './errors.js';

export const DEFAULT_FEED_LIMIT = 50;
export const MAX_FEED_LIMIT = 100;

const LANGUAGES: readonly Language[] = ['sv', 'nb', 'nn', 'en', 'se'];

/** The query string as Fastify parses it: a repeated parameter becomes an array. */
export type RawFeedQuery = Record<string, string | string[] | undefined>;

/** What a feed or calendar request asks for, checked. */
export interface FeedQuery {
  filter: ListingFilter;
  limit: number;
}

/** Every value of a parameter, whether repeated (`?topics=a&topics=b`) or comma-separated (`?topics=a,b`). */
function valuesOf(query: RawFeedQuery, ...names: string[]): string[] {
  return names
    .flatMap((name) => query[name] ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function singleValue(query: RawFeedQuery, name: string): string | null {
  const values = valuesOf(query, name);
  if (values.length > 1) throw badParameter(name, `give one value, got ${values.length}.`);
  return values[0] ?? null;
}

/** Runs a check shared with the GraphQL listings and turns its complaint into a 400 for the parameter. */
function checked<T>(parameter: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    const extensions = (error as { extensions?: { argument?: unknown } }).extensions;
    if (error instanceof Error && extensions?.argument === parameter) {
      throw badParameter(parameter, error.message.replace(`Argument "${parameter}": `, ''));
    }
    throw error;
  }
}

function parseLanguage(value: string | null): Language | null {
  if (value === null) return null;
  const language = LANGUAGES.find((candidate) => candidate === value);
  if (!language) throw badParameter('language', `"${value.slice(0, 20)}" is not one of ${LANGUAGES.join(', ')}.`);
  return language;
}

function parseLimit(value: string | null): number {
  if (value === null) return DEFAULT_FEED_LIMIT;
  const limit = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
  if (!(limit >= 1 && limit <= MAX_FEED_LIMIT)) {
    throw badParameter('limit', `a whole number from 1 to ${MAX_FEED_LIMIT}, got "${value.slice(0, 20)}".`);
  }
  return limit;
}

/** The listings' filters as query parameters; `federation` and `topic` are accepted for one slug each. */
export function parseFeedQuery(query: RawFeedQuery): FeedQuery {
  const federations = valuesOf(query, 'federations', 'federation');
  const topics = valuesOf(query, 'topics', 'topic');
  const municipality = singleValue(query, 'municipality');
  return {
    filter: {
      federations: checked('federations', () => checkSlugs('federations', federations)),
      municipality: checked('municipality', () => parseMunicipalityCode('municipality', municipality)),
      topics: checked('topics', () => checkSlugs('topics', topics)),
      language: parseLanguage(singleValue(query, 'language')),
    },
    limit: parseLimit(singleValue(query, 'limit')),
  };
}

/** The checked query written back in one canonical order: the feed's own address. */
export function canonicalQueryString({ filter, limit }: FeedQuery): string {
  const params = new URLSearchParams();
  if (filter.federations?.length) params.set('federations', filter.federations.join(','));
  if (filter.municipality) {
    const { code, country } = filter.municipality;
    params.set('municipality', country ? `${country}-${code}` : code);
  }
  if (filter.topics?.length) params.set('topics', filter.topics.join(','));
  if (filter.language) params.set('language', filter.language);
  if (limit !== DEFAULT_FEED_LIMIT) params.set('limit', String(limit));
  const text = params.toString();
  return text ? `?${text}` : '';
}
