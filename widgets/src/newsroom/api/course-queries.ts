// The GraphQL documents of the course editor and its sessions, and the shapes they answer with.
import { OCCASION_FIELDS, type SavedOccasion } from './occasion-drafts.js';
import { BASED_ON, contentDocuments, resultMutation } from './result-queries.js';
import { revisionsQuery } from './revision-queries.js';

export type CourseStatus = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
export type CourseFormat = 'DIGITAL' | 'ON_SITE' | 'BLENDED' | 'SELF_PACED';
export const COURSE_FORMATS: CourseFormat[] = ['DIGITAL', 'ON_SITE', 'BLENDED', 'SELF_PACED'];
export const CURRENCIES = ['SEK', 'NOK', 'EUR', 'DKK'] as const;

export interface CourseSession extends SavedOccasion {
  id: string;
  capacity: number | null;
  cancelled: boolean;
}

export interface EditableCourse {
  id: string;
  slug: string;
  status: CourseStatus;
  revision: number;
  updatedAt: string;
  title: string;
  summary: string;
  description: string;
  format: CourseFormat;
  language: string;
  targetAudiences: string[];
  learningGoals: string[];
  credits: Array<{ hours: number; body: string; note: string | null }>;
  price: { amount: number; currency: string } | null;
  topics: Array<{ slug: string }>;
  openTo: Array<{ code: string; country: string; name: string }>;
  prerequisites: Array<{ id: string; title: string }>;
  contact: { id: string; name: string } | null;
  provider: { slug: string; name: string; timeZone: string };
  sessions: CourseSession[];
}

/** A course in a list: the editor's list, and the choices of prerequisites. */
export interface CourseRow {
  id: string;
  title: string;
  summary: string;
  status: CourseStatus;
  format: CourseFormat;
  updatedAt: string;
  sessions: Array<{ startsAt: string; cancelled: boolean }>;
}

const SESSION_FIELDS = `id ${OCCASION_FIELDS} capacity cancelled`;

export const COURSE_FIELDS = `id slug status revision updatedAt title summary description format language
  targetAudiences learningGoals credits { hours body note } price { amount currency } topics { slug }
  openTo { code country name } prerequisites { id title } contact { id name }
  provider { slug name timeZone } sessions { ${SESSION_FIELDS} }`;

export const COURSES_LIST = `query NewsroomCourses($federation: String!, $statuses: [CourseStatus!], $limit: Int) {
  editableCourses(federation: $federation, statuses: $statuses, limit: $limit) {
    id title summary status format updatedAt sessions { startsAt cancelled }
  }
}`;

export const COURSE_ITEM = `query NewsroomCourse($id: ID!) { editableCourse(id: $id) { ${COURSE_FIELDS} } }`;

export const COURSE_HISTORY = revisionsQuery('Course');

export type CourseTransition = 'publishCourse' | 'unpublishCourse' | 'archiveCourse';
export const COURSE_TRANSITIONS: CourseTransition[] = ['publishCourse', 'unpublishCourse', 'archiveCourse'];

const COURSE = contentDocuments<CourseTransition>('Course', COURSE_FIELDS);
export const CREATE_COURSE = COURSE.create;
export const UPDATE_COURSE = COURSE.update;
export const RESTORE_COURSE = COURSE.restore;
export const courseTransition = COURSE.transition;
const CHANGED = COURSE.changed;

export const ADD_SESSION = resultMutation(
  'NewsroomAddSession',
  'addCourseSession',
  { ...BASED_ON, input: 'CourseSessionInput!' },
  CHANGED,
);

export const UPDATE_SESSION = resultMutation(
  'NewsroomUpdateSession',
  'updateCourseSession',
  { session: 'ID!', basedOn: 'Int!', input: 'CourseSessionInput!' },
  CHANGED,
);

export const CANCEL_SESSION = resultMutation(
  'NewsroomCancelSession',
  'cancelCourseSession',
  { session: 'ID!', basedOn: 'Int!' },
  CHANGED,
);
