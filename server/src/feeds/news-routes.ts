import type { Database } from '@samverka/db/database';
import type { ListingFilter } from '@samverka/db/listing-filter';
import { newsLastChanged } from '@samverka/db/listing-freshness';
import { listPublicNews, type NewsItem } from '@samverka/db/news';
import { federationFeedUrls, hubNewsFeedUrls, type NewsFeedUrls, topicNewsFeedUrls } from '@samverka/schema/feed-urls';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { sendCacheable } from './conditional.js';
import { httpUrl } from './http-url.js';
import { NEWS_FEED_FORMATS, NEWS_FEED_MEDIA_TYPES, type NewsChannel, renderNewsFeed } from './news-feed.js';
import { canonicalQueryString, type FeedQuery, parseFeedQuery, type RawFeedQuery } from './query.js';
import type { FeedRouteOptions } from './routes.js';
import { federationOrNotFound, isExcludedBy, topicOrNotFound } from './scopes.js';
import { textsIn, topicName, uiLanguageOf } from './texts.js';

/** Which news a feed holds and what it says about itself. */
interface NewsScope {
  filter: ListingFilter;
  /** The query leaves the feed's own federation or topic out. */
  empty: boolean;
  /** The feed in each format, without a query. */
  urls: NewsFeedUrls;
  channel: Omit<NewsChannel, 'selfUrls' | 'updated'>;
}

type ScopeResolver = (db: Kysely<Database>, slug: string, query: FeedQuery, publicUrl: string) => Promise<NewsScope>;

const hubScope: ScopeResolver = async (_db, _slug, query, publicUrl) => {
  const language = uiLanguageOf(query.filter.language);
  const texts = textsIn(language);
  return {
    filter: query.filter,
    empty: false,
    urls: hubNewsFeedUrls(publicUrl),
    channel: {
      title: texts.hubNewsTitle,
      description: texts.hubNewsDescription,
      homeUrl: publicUrl,
      language,
      author: null,
    },
  };
};

const federationScope: ScopeResolver = async (db, slug, query, publicUrl) => {
  const federation = await federationOrNotFound(db, slug);
  const language = uiLanguageOf(federation.default_language);
  const texts = textsIn(language);
  const website = httpUrl(federation.website);
  return {
    filter: { ...query.filter, federations: [federation.slug] },
    empty: isExcludedBy(query.filter.federations, federation.slug),
    urls: federationFeedUrls(publicUrl, federation.slug),
    channel: {
      title: texts.federationNewsTitle(federation.name),
      description: texts.federationNewsDescription(federation.name),
      homeUrl: website ?? publicUrl,
      language,
      author: { name: federation.name, ...(website ? { link: website } : {}) },
    },
  };
};

const topicScope: ScopeResolver = async (db, slug, query, publicUrl) => {
  const topic = await topicOrNotFound(db, slug);
  const language = uiLanguageOf(query.filter.language);
  const texts = textsIn(language);
  const name = topicName(topic, language);
  return {
    filter: { ...query.filter, topics: [topic.slug] },
    empty: isExcludedBy(query.filter.topics, topic.slug),
    urls: topicNewsFeedUrls(publicUrl, topic.slug),
    channel: {
      title: texts.topicNewsTitle(name),
      description: texts.topicNewsDescription(name),
      homeUrl: publicUrl,
      language,
      author: null,
    },
  };
};

const ROUTES: Array<{ path: string; resolve: ScopeResolver }> = [
  { path: '/feeds/news', resolve: hubScope },
  { path: '/feeds/federations/:slug/news', resolve: federationScope },
  { path: '/feeds/topics/:slug/news', resolve: topicScope },
];

async function newestNews(db: Kysely<Database>, scope: NewsScope, limit: number): Promise<NewsItem[]> {
  if (scope.empty) return [];
  return (await listPublicNews(db, scope.filter, { first: limit })).rows;
}

interface NewsRequest {
  Params: { slug?: string };
  Querystring: RawFeedQuery;
}

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest news: across the hub, per federation and per topic. */
export function registerNewsFeeds(app: FastifyInstance, { db, publicUrl }: FeedRouteOptions): void {
  for (const route of ROUTES) {
    for (const format of NEWS_FEED_FORMATS) {
      app.get<NewsRequest>(`${route.path}.${format}`, async (request, reply) => {
        const query = parseFeedQuery(request.query);
        const scope = await route.resolve(db, request.params.slug ?? '', query, publicUrl);
        const [updated, items] = await Promise.all([
          newsLastChanged(db, scope.filter),
          newestNews(db, scope, query.limit),
        ]);
        const queryString = canonicalQueryString(query);
        const { rss, atom, jsonFeed } = scope.urls;
        const channel: NewsChannel = {
          ...scope.channel,
          selfUrls: { rss: rss + queryString, atom: atom + queryString, jsonFeed: jsonFeed + queryString },
          updated,
        };
        return sendCacheable(reply, {
          body: renderNewsFeed(format, channel, items, publicUrl),
          contentType: `${NEWS_FEED_MEDIA_TYPES[format]}; charset=utf-8`,
          lastModified: updated,
        });
      });
    }
  }
}
