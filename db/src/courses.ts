import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from './database.js';
import { topicsOf } from './embedded.js';
import { federationIdsWithSlugs, topicIdsWithSlugs } from './filters.js';
import { type MunicipalityCode, municipalityIdsWithCode } from './municipalities.js';
import { type CountedPage, countedKeysetPage, type KeysetSort, type PageRequest } from './pagination.js';
import type { Language } from './tables/common.js';
import type { CourseCredit, CourseFormat } from './tables/courses.js';
import { matchesText } from './text-search.js';
import type { Topic } from './topics.js';

export interface Course {
  id: string;
  slug: string;
  federation_id: string;
  title: string;
  summary: string;
  description_html: string;
  format: CourseFormat;
  target_audiences: string[];
  learning_goals: string[];
  credits: CourseCredit[];
  language: Language;
  price_amount: string | null;
  price_currency: string | null;
  contact_id: string | null;
  updated_at: Date;
  topics: Topic[];
}

export interface CourseSession {
  id: string;
  course_id: string;
  starts_at: Date;
  ends_at: Date;
  place_name: string | null;
  address: string | null;
  municipality_id: string | null;
  online_url: string | null;
  capacity: number | null;
  registration_url: string | null;
  registration_deadline: Date | null;
  status: 'scheduled' | 'cancelled';
}

export interface CourseFilter {
  /** Provider federation slugs. */
  providers?: string[] | null;
  format?: CourseFormat | null;
  /** A target audience, as the provider wrote it. */
  audience?: string | null;
  topics?: string[] | null;
  /** Only courses open to this municipality (a course with no restriction is open to all). */
  openTo?: MunicipalityCode | null;
  /** Only courses with a session that has not ended yet, or self-paced ones. */
  upcoming?: boolean | null;
  search?: string | null;
}

const byTitle: KeysetSort<Course> = {
  name: 'courses:byTitle',
  direction: 'asc',
  keys: [
    { column: 'c.title', type: 'text', valueOf: (row) => row.title },
    { column: 'c.id', type: 'uuid', valueOf: (row) => row.id },
  ],
};

/** What the public may read: published, and not dated in the future. */
export function isPublicCourse(eb: ExpressionBuilder<Database & { c: Database['courses'] }, 'c'>) {
  return eb.and([eb('c.status', '=', 'published'), eb('c.published_at', '<=', sql<Date>`now()`)]);
}

function selectCourses(db: Kysely<Database>) {
  return db
    .selectFrom('courses as c')
    .select([
      'c.id',
      'c.slug',
      'c.federation_id',
      'c.title',
      'c.summary',
      'c.description_html',
      'c.format',
      'c.target_audiences',
      'c.learning_goals',
      'c.credits',
      'c.language',
      'c.price_amount',
      'c.price_currency',
      'c.contact_id',
      'c.updated_at',
      topicsOf('course_topics', 'course_id', 'c.id').as('topics'),
    ])
    .where(isPublicCourse);
}

export async function findPublicCoursesByIds(db: Kysely<Database>, ids: readonly string[]): Promise<Course[]> {
  if (ids.length === 0) return [];
  return selectCourses(db).where('c.id', 'in', ids).execute();
}

export async function findPublicCourseBySlug(db: Kysely<Database>, slug: string): Promise<Course | undefined> {
  return selectCourses(db).where('c.slug', '=', slug).executeTakeFirst();
}

export async function listPublicCourses(
  db: Kysely<Database>,
  filter: CourseFilter,
  page: PageRequest,
): Promise<CountedPage<Course>> {
  let query = selectCourses(db);
  if (filter.providers?.length)
    query = query.where('c.federation_id', 'in', federationIdsWithSlugs(db, filter.providers));
  if (filter.format) query = query.where('c.format', '=', filter.format);
  if (filter.audience) query = query.where(sql<boolean>`c.target_audiences @> ARRAY[${filter.audience}]::text[]`);
  if (filter.topics?.length) {
    const topicIds = topicIdsWithSlugs(db, filter.topics);
    query = query.where('c.id', 'in', (eb) =>
      eb.selectFrom('course_topics as ft').select('ft.course_id').where('ft.topic_id', 'in', topicIds),
    );
  }
  if (filter.openTo) {
    const municipalityIds = municipalityIdsWithCode(db, filter.openTo);
    query = query.where(({ or, not, exists, selectFrom }) =>
      or([
        not(exists(selectFrom('course_open_to as o').whereRef('o.course_id', '=', 'c.id').select(sql`1`.as('one')))),
        exists(
          selectFrom('course_open_to as o')
            .whereRef('o.course_id', '=', 'c.id')
            .where('o.municipality_id', 'in', municipalityIds)
            .select(sql`1`.as('one')),
        ),
      ]),
    );
  }
  if (filter.upcoming) {
    query = query.where(({ or, eb, exists, selectFrom }) =>
      or([
        eb('c.format', '=', 'self_paced'),
        exists(
          selectFrom('course_sessions as s')
            .whereRef('s.course_id', '=', 'c.id')
            .where('s.status', '=', 'scheduled')
            .where('s.ends_at', '>=', sql<Date>`now()`)
            .select(sql`1`.as('one')),
        ),
      ]),
    );
  }
  if (filter.search) query = query.where(matchesText('c.search_vector', filter.search));
  return countedKeysetPage(query, byTitle, page);
}

/** The columns every view of a session reads. */
export const sessionColumns = [
  'id',
  'course_id',
  'starts_at',
  'ends_at',
  'place_name',
  'address',
  'municipality_id',
  'online_url',
  'capacity',
  'registration_url',
  'registration_deadline',
  'status',
] as const;

/** Sessions of these courses in date order; with `upcoming`, only those that have not ended. */
export async function findSessionsOfCourses(
  db: Kysely<Database>,
  courseIds: readonly string[],
  upcoming: boolean,
): Promise<CourseSession[]> {
  if (courseIds.length === 0) return [];
  let query = db.selectFrom('course_sessions').select(sessionColumns).where('course_id', 'in', courseIds);
  if (upcoming) query = query.where('ends_at', '>=', sql<Date>`now()`);
  return query.orderBy('starts_at').orderBy('id').execute();
}
