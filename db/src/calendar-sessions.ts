import { type Kysely, sql } from 'kysely';
import { isPublicCourse } from './courses.js';
import type { Database } from './database.js';
import { federationIdsWithSlugs, topicIdsWithSlugs } from './filters.js';
import type { ListingFilter } from './listing-filter.js';
import { municipalityIdsWithCode } from './municipalities.js';
import type { Language } from './tables/common.js';

/** A session of a public course, with what a calendar entry needs of its course. */
export interface CalendarSession {
  id: string;
  course_id: string;
  course_slug: string;
  course_title: string;
  course_summary: string;
  federation_id: string;
  language: Language;
  starts_at: Date;
  ends_at: Date;
  place_name: string | null;
  address: string | null;
  online_url: string | null;
  registration_url: string | null;
  status: 'scheduled' | 'cancelled';
  /** The later of the session's and the course's last change. */
  updated_at: Date;
  /** Its place among all sessions of the course in date order, from 1, and how many there are. */
  number: number;
  total: number;
}

export interface SessionWindow {
  /** Sessions that have not ended by then. */
  endsAfter: Date;
  limit: number;
}

/**
 * Sessions of public courses, soonest first, in one statement. The filter applies to the course
 * (provider, topics, language), except the municipality, which is where the session takes place.
 */
export async function listPublicCourseSessions(
  db: Kysely<Database>,
  filter: ListingFilter,
  window: SessionWindow,
): Promise<CalendarSession[]> {
  let page = db
    .selectFrom('course_sessions as s')
    .innerJoin('courses as c', 'c.id', 's.course_id')
    .select([
      's.id',
      's.course_id',
      'c.slug as course_slug',
      'c.title as course_title',
      'c.summary as course_summary',
      'c.federation_id',
      'c.language',
      's.starts_at',
      's.ends_at',
      's.place_name',
      's.address',
      's.online_url',
      's.registration_url',
      's.status',
      sql<Date>`greatest(s.updated_at, c.updated_at)`.as('updated_at'),
    ])
    .where(isPublicCourse)
    .where('s.ends_at', '>=', window.endsAfter);
  if (filter.federations?.length)
    page = page.where('c.federation_id', 'in', federationIdsWithSlugs(db, filter.federations));
  if (filter.municipality)
    page = page.where('s.municipality_id', 'in', municipalityIdsWithCode(db, filter.municipality));
  if (filter.topics?.length) {
    const topicIds = topicIdsWithSlugs(db, filter.topics);
    page = page.where('c.id', 'in', (eb) =>
      eb.selectFrom('course_topics as ft').select('ft.course_id').where('ft.topic_id', 'in', topicIds),
    );
  }
  if (filter.language) page = page.where('c.language', '=', filter.language);
  const limited = page.orderBy('s.starts_at').orderBy('s.id').limit(window.limit);

  // Counted after the limit, along the course's index, so the counting runs for the sessions shown only;
  // the numbers are among all the course's sessions, whatever the window.
  return db
    .selectFrom(limited.as('p'))
    .selectAll('p')
    .select([
      sql<number>`(SELECT count(*)::int FROM course_sessions AS n
        WHERE n.course_id = p.course_id AND (n.starts_at, n.id) <= (p.starts_at, p.id))`.as('number'),
      sql<number>`(SELECT count(*)::int FROM course_sessions AS n WHERE n.course_id = p.course_id)`.as('total'),
    ])
    .orderBy('p.starts_at')
    .orderBy('p.id')
    .execute();
}
