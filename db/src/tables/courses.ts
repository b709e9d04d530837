import type { Generated, Insertable, Selectable } from 'kysely';
import type { Json, Language, Numeric, ReadOnly, Timestamps } from './common.js';

export type CourseFormat = 'digital' | 'on_site' | 'blended' | 'self_paced';
export type CourseStatus = 'draft' | 'published' | 'archived';

/** Hours a crediting body (a union, a university) counts the course for. */
export interface CourseCredit {
  hours: number;
  body: string;
  note?: string;
}

export interface CoursesTable extends Timestamps {
  id: Generated<string>;
  slug: string;
  /** The provider. */
  federation_id: string;
  title: string;
  summary: string;
  description_html: string;
  format: CourseFormat;
  target_audiences: string[];
  learning_goals: string[];
  credits: Json<CourseCredit[]>;
  language: Language;
  price_amount: Numeric | null;
  price_currency: string | null;
  contact_id: string | null;
  status: CourseStatus;
  published_at: Date | null;
  is_demo: Generated<boolean>;
  search_vector: ReadOnly<string>;
  /** Counts saved revisions; an update must name the one it started from. */
  revision: Generated<number>;
}

export interface CourseSessionsTable extends Timestamps {
  id: Generated<string>;
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
  status: Generated<'scheduled' | 'cancelled'>;
}

export interface CourseTopicsTable {
  course_id: string;
  topic_id: string;
}

/** A course with no rows here is open to every municipality. */
export interface CourseOpenToTable {
  course_id: string;
  municipality_id: string;
}

export interface CoursePrerequisitesTable {
  course_id: string;
  prerequisite_id: string;
}

export type CourseRow = Selectable<CoursesTable>;
export type NewCourse = Insertable<CoursesTable>;
export type CourseSessionRow = Selectable<CourseSessionsTable>;
export type NewCourseSession = Insertable<CourseSessionsTable>;
