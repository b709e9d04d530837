import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';
import { type CountedPage, countedKeysetPage, type KeysetSort, type PageRequest } from './pagination.js';
import { containsPattern, textQuery } from './text-search.js';

export type SearchHitKind = 'news' | 'course' | 'event' | 'initiative' | 'contact' | 'federation' | 'municipality';

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  rank: number;
}

const byRelevance: KeysetSort<SearchHit> = {
  name: 'search:byRelevance',
  direction: 'desc',
  keys: [
    { column: 'hits.rank', type: 'real', valueOf: (row) => row.rank },
    { column: 'hits.id', type: 'uuid', valueOf: (row) => row.id },
  ],
};

/**
 * Everything public that matches, most relevant first. Content is matched on its full-text
 * index; federations and municipalities, which have only names, match on a part of a name
 * and rank above content, as a name is the likeliest thing a person typed.
 */
export async function searchEverything(
  db: Kysely<Database>,
  text: string,
  page: PageRequest,
): Promise<CountedPage<SearchHit>> {
  const namePattern = containsPattern(text);
  const hits = sql<SearchHit>`(
    WITH q AS (SELECT ${textQuery(text)} AS query)
    SELECT 'news' AS kind, id, ts_rank(search_vector, q.query)::real AS rank FROM news_items, q
      WHERE status = 'published' AND published_at <= now() AND search_vector @@ q.query
    UNION ALL
    SELECT 'course', id, ts_rank(search_vector, q.query)::real FROM courses, q
      WHERE status = 'published' AND search_vector @@ q.query
    UNION ALL
    SELECT 'event', id, ts_rank(search_vector, q.query)::real FROM events, q
      WHERE status IN ('published', 'cancelled') AND search_vector @@ q.query
    UNION ALL
    SELECT 'initiative', id, ts_rank(search_vector, q.query)::real FROM initiatives, q
      WHERE status = 'published' AND search_vector @@ q.query
    UNION ALL
    SELECT 'contact', id, ts_rank(search_vector, q.query)::real FROM contacts, q
      WHERE status = 'active' AND search_vector @@ q.query
    UNION ALL
    SELECT 'federation', id, 1::real FROM federations
      WHERE name ILIKE ${namePattern} OR short_name ILIKE ${namePattern} OR slug = ${text}
    UNION ALL
    SELECT 'municipality', id, 1::real FROM municipalities
      WHERE name ILIKE ${namePattern} OR official_name ILIKE ${namePattern} OR code = ${text}
  )`;
  return countedKeysetPage(db.selectFrom(hits.as('hits')).selectAll(), byRelevance, page);
}
