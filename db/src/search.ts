import { type Kysely, sql } from 'kysely';
import { isActiveContact } from './contacts.js';
import { isPublicCourse } from './courses.js';
import type { Database } from './database.js';
import { isPublicEvent } from './events.js';
import { isPublicInitiative } from './initiatives.js';
import { isPublicNews } from './news.js';
import { type CountedPage, countedKeysetPage, type KeysetSort, type PageRequest } from './pagination.js';
import { containsPattern, matchesText, textRank } from './text-search.js';

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

const kind = (value: SearchHitKind) => sql<SearchHitKind>`${sql.lit(value)}::text`.as('kind');
/** A name match gets a fixed rank of 1, above typical text matches: a name is the likeliest thing typed. */
const nameRank = sql<number>`1::real`.as('rank');

/**
 * Everything public that matches, most relevant first. Each kind is filtered by the same
 * visibility rule as its own listing; content matches on its full-text index, federations and
 * municipalities (which have only names) on a part of a name.
 */
export async function searchEverything(
  db: Kysely<Database>,
  text: string,
  page: PageRequest,
): Promise<CountedPage<SearchHit>> {
  const pattern = containsPattern(text);
  const hits = db
    .selectFrom('news_items as n')
    .select([kind('news'), 'n.id', textRank('n.search_vector', text).as('rank')])
    .where(isPublicNews)
    .where(matchesText('n.search_vector', text))
    .unionAll(
      db
        .selectFrom('courses as c')
        .select([kind('course'), 'c.id', textRank('c.search_vector', text).as('rank')])
        .where(isPublicCourse)
        .where(matchesText('c.search_vector', text)),
    )
    .unionAll(
      db
        .selectFrom('events as e')
        .select([kind('event'), 'e.id', textRank('e.search_vector', text).as('rank')])
        .where(isPublicEvent)
        .where(matchesText('e.search_vector', text)),
    )
    .unionAll(
      db
        .selectFrom('initiatives as i')
        .select([kind('initiative'), 'i.id', textRank('i.search_vector', text).as('rank')])
        .where(isPublicInitiative)
        .where(matchesText('i.search_vector', text)),
    )
    .unionAll(
      db
        .selectFrom('contacts as ct')
        .select([kind('contact'), 'ct.id', textRank('ct.search_vector', text).as('rank')])
        .where(isActiveContact)
        .where(matchesText('ct.search_vector', text)),
    )
    .unionAll(
      db
        .selectFrom('federations as f')
        .select([kind('federation'), 'f.id', nameRank])
        .where((eb) =>
          eb.or([eb('f.name', 'ilike', pattern), eb('f.short_name', 'ilike', pattern), eb('f.slug', '=', text)]),
        ),
    )
    .unionAll(
      db
        .selectFrom('municipalities as m')
        .select([kind('municipality'), 'm.id', nameRank])
        .where((eb) =>
          eb.or([eb('m.name', 'ilike', pattern), eb('m.official_name', 'ilike', pattern), eb('m.code', '=', text)]),
        ),
    );
  return countedKeysetPage(db.selectFrom(hits.as('hits')).selectAll(), byRelevance, page);
}
