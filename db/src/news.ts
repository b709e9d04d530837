import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from './database.js';
import { federationOf, mentionedMunicipalitiesOf, topicsOf } from './embedded.js';
import type { Federation } from './federations.js';
import { federationIdsWithSlugs, topicIdsWithSlugs } from './filters.js';
import { type Municipality, type MunicipalityCode, municipalityIdsWithCode } from './municipalities.js';
import { type CountedPage, countedKeysetPage, type KeysetSort, type PageRequest } from './pagination.js';
import type { Language } from './tables/common.js';
import type { NewsImage, NewsStatus } from './tables/news.js';
import { matchesText } from './text-search.js';
import type { Topic } from './topics.js';

export interface NewsItem {
  id: string;
  slug: string;
  federation_id: string;
  title: string;
  summary: string;
  body_html: string;
  images: NewsImage[];
  language: Language;
  status: NewsStatus;
  published_at: Date;
  updated_at: Date;
  source_url: string | null;
  contact_id: string | null;
  /** Loaded with the item in the same statement, so a listing costs one query however long it is. */
  publisher: Federation;
  topics: Topic[];
  municipalities: Municipality[];
}

export interface NewsFilter {
  /** Publisher slugs. */
  federations?: string[] | null;
  municipality?: MunicipalityCode | null;
  /** Topic slugs; an item with any of them matches. */
  topics?: string[] | null;
  language?: Language | null;
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
  search?: string | null;
}

const newest: KeysetSort<NewsItem> = {
  name: 'news:newest',
  direction: 'desc',
  keys: [
    { column: 'n.published_at', type: 'timestamptz', valueOf: (row) => row.published_at.toISOString() },
    { column: 'n.id', type: 'uuid', valueOf: (row) => row.id },
  ],
};

/** What the public may read: published, and not dated in the future. */
export function isPublicNews(eb: ExpressionBuilder<Database & { n: Database['news_items'] }, 'n'>) {
  return eb.and([eb('n.status', '=', 'published'), eb('n.published_at', '<=', sql<Date>`now()`)]);
}

/** The columns every view of a news item reads, public or editorial. */
export const newsItemColumns = [
  'n.id',
  'n.slug',
  'n.federation_id',
  'n.title',
  'n.summary',
  'n.body_html',
  'n.images',
  'n.language',
  'n.status',
  'n.published_at',
  'n.updated_at',
  'n.contact_id',
] as const;

function buildSelectPublicNews(db: Kysely<Database>) {
  return db
    .selectFrom('news_items as n')
    .select([
      ...newsItemColumns,
      'n.source_url',
      federationOf('n.federation_id').as('publisher'),
      topicsOf('news_item_topics', 'news_item_id', 'n.id').as('topics'),
      mentionedMunicipalitiesOf('n.id').as('municipalities'),
    ])
    .where(isPublicNews)
    .$narrowType<{ published_at: Date }>();
}

// Kysely builders are immutable, so the long select list is built once per database and reused.
const selectPublicNewsCache = new WeakMap<Kysely<Database>, ReturnType<typeof buildSelectPublicNews>>();

function selectPublicNews(db: Kysely<Database>) {
  let query = selectPublicNewsCache.get(db);
  if (!query) {
    query = buildSelectPublicNews(db);
    selectPublicNewsCache.set(db, query);
  }
  return query;
}

export async function findPublicNewsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<NewsItem[]> {
  if (ids.length === 0) return [];
  return selectPublicNews(db).where('n.id', 'in', ids).execute();
}

export async function findPublicNewsBySlug(db: Kysely<Database>, slug: string): Promise<NewsItem | undefined> {
  return selectPublicNews(db).where('n.slug', '=', slug).executeTakeFirst();
}

export async function listPublicNews(
  db: Kysely<Database>,
  filter: NewsFilter,
  page: PageRequest,
): Promise<CountedPage<NewsItem>> {
  let query = selectPublicNews(db);
  if (filter.federations?.length) {
    query = query.where('n.federation_id', 'in', federationIdsWithSlugs(db, filter.federations));
  }
  if (filter.municipality) {
    const municipalityIds = municipalityIdsWithCode(db, filter.municipality);
    query = query.where('n.id', 'in', (eb) =>
      eb
        .selectFrom('news_item_municipalities as fm')
        .select('fm.news_item_id')
        .where('fm.municipality_id', 'in', municipalityIds),
    );
  }
  if (filter.topics?.length) {
    const topicIds = topicIdsWithSlugs(db, filter.topics);
    query = query.where('n.id', 'in', (eb) =>
      eb.selectFrom('news_item_topics as ft').select('ft.news_item_id').where('ft.topic_id', 'in', topicIds),
    );
  }
  if (filter.language) query = query.where('n.language', '=', filter.language);
  if (filter.publishedAfter) query = query.where('n.published_at', '>=', filter.publishedAfter);
  if (filter.publishedBefore) query = query.where('n.published_at', '<', filter.publishedBefore);
  if (filter.search) query = query.where(matchesText('n.search_vector', filter.search));
  return countedKeysetPage(query, newest, page);
}
