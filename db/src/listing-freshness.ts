import type { Expression, Kysely } from 'kysely';
import { isPublicCourse } from './courses.js';
import type { Database } from './database.js';
import { isPublicEvent } from './events.js';
import { federationIdsWithSlugs, topicIdsWithSlugs } from './filters.js';
import type { ListingFilter } from './listing-filter.js';
import { municipalityIdsWithCode } from './municipalities.js';
import { isPublicNews } from './news.js';

// When a feed or calendar last changed, for Last-Modified. Rows of every status count, not only the
// public ones: an item that is archived or unpublished leaves the feed, and its updated_at is the
// only trace of that. A scheduled item that goes live changes nothing but the clock, so its
// publication time counts once it has passed. Federation and topic names appear in the feeds too.
// Each part is a plain max() of one column, which PostgreSQL can read from the end of an index.

type Changed = Expression<Date | null>;

function matchingNews(db: Kysely<Database>, filter: ListingFilter) {
  let query = db.selectFrom('news_items as n');
  if (filter.federations?.length)
    query = query.where('n.federation_id', 'in', federationIdsWithSlugs(db, filter.federations));
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
  return query;
}

function matchingEvents(db: Kysely<Database>, filter: ListingFilter) {
  let query = db.selectFrom('events as e');
  if (filter.federations?.length)
    query = query.where('e.federation_id', 'in', federationIdsWithSlugs(db, filter.federations));
  if (filter.municipality)
    query = query.where('e.municipality_id', 'in', municipalityIdsWithCode(db, filter.municipality));
  if (filter.topics?.length) {
    const topicIds = topicIdsWithSlugs(db, filter.topics);
    query = query.where('e.id', 'in', (eb) =>
      eb.selectFrom('event_topics as ft').select('ft.event_id').where('ft.topic_id', 'in', topicIds),
    );
  }
  if (filter.language) query = query.where('e.language', '=', filter.language);
  return query;
}

/** Sessions with their courses; the municipality is where the session takes place, the rest is the course's. */
function matchingSessions(db: Kysely<Database>, filter: ListingFilter) {
  let query = db.selectFrom('course_sessions as s').innerJoin('courses as c', 'c.id', 's.course_id');
  if (filter.federations?.length)
    query = query.where('c.federation_id', 'in', federationIdsWithSlugs(db, filter.federations));
  if (filter.municipality)
    query = query.where('s.municipality_id', 'in', municipalityIdsWithCode(db, filter.municipality));
  if (filter.topics?.length) {
    const topicIds = topicIdsWithSlugs(db, filter.topics);
    query = query.where('c.id', 'in', (eb) =>
      eb.selectFrom('course_topics as ft').select('ft.course_id').where('ft.topic_id', 'in', topicIds),
    );
  }
  if (filter.language) query = query.where('c.language', '=', filter.language);
  return query;
}

function newsChanges(db: Kysely<Database>, filter: ListingFilter): Changed[] {
  return [
    matchingNews(db, filter)
      .select((eb) => eb.fn.max('n.updated_at').as('changed_at'))
      .$asScalar(),
    matchingNews(db, filter)
      .where(isPublicNews)
      .select((eb) => eb.fn.max('n.published_at').as('changed_at'))
      .$asScalar(),
  ];
}

function calendarChanges(db: Kysely<Database>, filter: ListingFilter): Changed[] {
  return [
    matchingEvents(db, filter)
      .select((eb) => eb.fn.max('e.updated_at').as('changed_at'))
      .$asScalar(),
    matchingEvents(db, filter)
      .where(isPublicEvent)
      .select((eb) => eb.fn.max('e.published_at').as('changed_at'))
      .$asScalar(),
    matchingSessions(db, filter)
      .select((eb) => eb.fn.max('s.updated_at').as('changed_at'))
      .$asScalar(),
    matchingSessions(db, filter)
      .select((eb) => eb.fn.max('c.updated_at').as('changed_at'))
      .$asScalar(),
    matchingSessions(db, filter)
      .where(isPublicCourse)
      .select((eb) => eb.fn.max('c.published_at').as('changed_at'))
      .$asScalar(),
  ];
}

async function newestOf(db: Kysely<Database>, changes: Changed[]): Promise<Date> {
  const row = await db
    .selectNoFrom((eb) =>
      eb
        .fn<Date | null>('greatest', [
          ...changes,
          eb.selectFrom('federations').select((inner) => inner.fn.max('updated_at').as('changed_at')),
          eb.selectFrom('topics').select((inner) => inner.fn.max('updated_at').as('changed_at')),
        ])
        .as('changed_at'),
    )
    .executeTakeFirstOrThrow();
  // Only a database without a single federation has nothing to date.
  return row.changed_at ?? new Date(0);
}

/** When the news a feed with this filter shows last changed, in one statement. */
export async function newsLastChanged(db: Kysely<Database>, filter: ListingFilter): Promise<Date> {
  return newestOf(db, newsChanges(db, filter));
}

/** When the events and course sessions a calendar with this filter shows last changed, in one statement. */
export async function calendarLastChanged(db: Kysely<Database>, filter: ListingFilter): Promise<Date> {
  return newestOf(db, calendarChanges(db, filter));
}
