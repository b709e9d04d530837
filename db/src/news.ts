import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Database } from './database.js';
import { type Federation, federationColumns } from './federations.js';
import {
  type Municipality,
  type MunicipalityCode,
  municipalityColumns,
  municipalityIdsWithCode,
} from './municipalities.js';
import { type CountedPage, countedKeysetPage, type KeysetSort, type PageRequest } from './pagination.js';
import type { Language } from './tables/common.js';
import type { NewsImage, NewsStatus } from './tables/news.js';
import { matchesText } from './text-search.js';
import { type Topic, topicColumns } from './topics.js';

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
  published_at: Date | null;
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
    { column: 'n.published_at', type: 'timestamptz', valueOf: (row) => row.published_at?.toISOString() ?? '' },
    { column: 'n.id', type: 'uuid', valueOf: (row) => row.id },
  ],
};

function buildSelectNews(db: Kysely<Database>) {
  return db
    .selectFrom('news_items as n')
    .select([
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
      'n.source_url',
      'n.contact_id',
    ])
    .select((eb) => [
      jsonObjectFrom(
        eb
          .selectFrom('federations as f')
          .select(federationColumns.map((column) => `f.${column}` as const))
          .whereRef('f.id', '=', 'n.federation_id'),
      )
        .$notNull()
        .as('publisher'),
      jsonArrayFrom(
        eb
          .selectFrom('news_item_topics as nt')
          .innerJoin('topics as t', 't.id', 'nt.topic_id')
          .select(topicColumns.map((column) => `t.${column}` as const))
          .whereRef('nt.news_item_id', '=', 'n.id')
          .orderBy('t.slug'),
      ).as('topics'),
      jsonArrayFrom(
        eb
          .selectFrom('news_item_municipalities as nm')
          .innerJoin('municipalities as m', 'm.id', 'nm.municipality_id')
          .select(municipalityColumns.map((column) => `m.${column}` as const))
          .whereRef('nm.news_item_id', '=', 'n.id')
          .orderBy('m.name'),
      ).as('municipalities'),
    ]);
}

// Kysely builders are immutable, so the long select list is built once per database and reused.
const selectNewsCache = new WeakMap<Kysely<Database>, ReturnType<typeof buildSelectNews>>();

function selectNews(db: Kysely<Database>) {
  let query = selectNewsCache.get(db);
  if (!query) {
    query = buildSelectNews(db);
    selectNewsCache.set(db, query);
  }
  return query;
}

/** What the public may read: published, and not scheduled for later. */
function isPublic(eb: ExpressionBuilder<Database & { n: Database['news_items'] }, 'n'>) {
  return eb.and([eb('n.status', '=', 'published'), eb('n.published_at', '<=', sql<Date>`now()`)]);
}

export async function findPublicNewsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<NewsItem[]> {
  if (ids.length === 0) return [];
  return selectNews(db).where('n.id', 'in', ids).where(isPublic).execute();
}

export async function findPublicNewsBySlug(db: Kysely<Database>, slug: string): Promise<NewsItem | undefined> {
  return selectNews(db).where('n.slug', '=', slug).where(isPublic).executeTakeFirst();
}

export async function listPublicNews(
  db: Kysely<Database>,
  filter: NewsFilter,
  page: PageRequest,
): Promise<CountedPage<NewsItem>> {
  let query = selectNews(db).where(isPublic);
  if (filter.federations?.length) {
    const slugs = filter.federations;
    query = query.where('n.federation_id', 'in', (eb) =>
      eb.selectFrom('federations').select('id').where('slug', 'in', slugs),
    );
  }
  if (filter.municipality) {
    const municipalityIds = municipalityIdsWithCode(db, filter.municipality);
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('news_item_municipalities as fm')
          .whereRef('fm.news_item_id', '=', 'n.id')
          .where('fm.municipality_id', 'in', municipalityIds)
          .select(sql`1`.as('one')),
      ),
    );
  }
  if (filter.topics?.length) {
    const slugs = filter.topics;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('news_item_topics as ft')
          .innerJoin('topics as ftt', 'ftt.id', 'ft.topic_id')
          .whereRef('ft.news_item_id', '=', 'n.id')
          .where('ftt.slug', 'in', slugs)
          .select(sql`1`.as('one')),
      ),
    );
  }
  if (filter.language) query = query.where('n.language', '=', filter.language);
  if (filter.publishedAfter) query = query.where('n.published_at', '>=', filter.publishedAfter);
  if (filter.publishedBefore) query = query.where('n.published_at', '<', filter.publishedBefore);
  if (filter.search) query = query.where(matchesText('n.search_vector', filter.search));
  return countedKeysetPage(query, newest, page);
}
