// The GraphQL documents of the course editor and its sessions, and the shapes they answer with.
import { REVISION_FIELDS, type RevisionEntry } from './revision-queries.js';

export type CourseStatus = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
export type CourseFormat = 'DIGITAL' | 'ON_SITE' | 'BLENDED' | 'SELF_PACED';
export const COURSE_FORMATS: CourseFormat[] = ['DIGITAL', 'ON_SITE', 'BLENDED', 'SELF_PACED'];
export const CURRENCIES = ['SEK', 'NOK', 'EUR', 'DKK'] as const;

export interface CourseSession {
  id: string;
  startsAt: string;
  endsAt: string;
  placeName: string | null;
  address: string | null;
  municipality: { code: string; country: string; name: string } | null;
  onlineUrl: string | null;
  capacity: number | null;
  registrationUrl: string | null;
  registrationDeadline: string | null;
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
  revisions: RevisionEntry[];
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

const SESSION_FIELDS = `id startsAt endsAt placeName address municipality { code country name } onlineUrl capacity
  registrationUrl registrationDeadline cancelled`;

export const COURSE_FIELDS = `id slug status revision updatedAt title summary description format language
  targetAudiences learningGoals credits { hours body note } price { amount currency } topics { slug }
  openTo { code country name } prerequisites { id title } contact { id name }
  provider { slug name timeZone } sessions { ${SESSION_FIELDS} } ${REVISION_FIELDS}`;

const INPUT_PROBLEM = '... on Problem { __typename code message } ... on InputProblem { field }';
const PROBLEM = `${INPUT_PROBLEM} ... on CourseRevisionConflict { current { ${COURSE_FIELDS} } }`;

export const COURSES_LIST = `query NewsroomCourses($federation: String!, $statuses: [CourseStatus!], $limit: Int) {
  editableCourses(federation: $federation, statuses: $statuses, limit: $limit) {
    id title summary status format updatedAt sessions { startsAt cancelled }
  }
}`;

export const COURSE_ITEM = `query NewsroomCourse($id: ID!) { editableCourse(id: $id) { ${COURSE_FIELDS} } }`;

export const CREATE_COURSE = `mutation NewsroomCreateCourse($federation: String!, $input: CourseInput!) {
  result: createCourseDraft(federation: $federation, input: $input) {
    __typename ... on CreateCourseDraftSuccess { data { ${COURSE_FIELDS} } } ${INPUT_PROBLEM}
  }
}`;

export const UPDATE_COURSE = `mutation NewsroomUpdateCourse($id: ID!, $basedOn: Int!, $input: CourseInput!) {
  result: updateCourse(id: $id, basedOn: $basedOn, input: $input) {
    __typename ... on UpdateCourseSuccess { data { ${COURSE_FIELDS} } } ${PROBLEM}
  }
}`;

export const RESTORE_COURSE = `mutation NewsroomRestoreCourse($id: ID!, $basedOn: Int!, $revision: Int!) {
  result: restoreCourseRevision(id: $id, basedOn: $basedOn, revision: $revision) {
    __typename ... on RestoreCourseRevisionSuccess { data { ${COURSE_FIELDS} } } ${PROBLEM}
  }
}`;

export const ADD_SESSION = `mutation NewsroomAddSession($id: ID!, $basedOn: Int!, $input: CourseSessionInput!) {
  result: addCourseSession(id: $id, basedOn: $basedOn, input: $input) {
    __typename ... on AddCourseSessionSuccess { data { ${COURSE_FIELDS} } } ${PROBLEM}
  }
}`;

export const UPDATE_SESSION = `mutation NewsroomUpdateSession($session: ID!, $basedOn: Int!, $input: CourseSessionInput!) {
  result: updateCourseSession(session: $session, basedOn: $basedOn, input: $input) {
    __typename ... on UpdateCourseSessionSuccess { data { ${COURSE_FIELDS} } } ${PROBLEM}
  }
}`;

export const CANCEL_SESSION = `mutation NewsroomCancelSession($session: ID!, $basedOn: Int!) {
  result: cancelCourseSession(session: $session, basedOn: $basedOn) {
    __typename ... on CancelCourseSessionSuccess { data { ${COURSE_FIELDS} } } ${PROBLEM}
  }
}`;

export type CourseTransition = 'publishCourse' | 'unpublishCourse' | 'archiveCourse';
export const COURSE_TRANSITIONS: CourseTransition[] = ['publishCourse', 'unpublishCourse', 'archiveCourse'];

export function courseTransition(name: CourseTransition): string {
  const success = `${name[0]?.toUpperCase()}${name.slice(1)}Success`;
  return `mutation NewsroomCourseTransition($id: ID!, $basedOn: Int!) {
    result: ${name}(id: $id, basedOn: $basedOn) { __typename ... on ${success} { data { ${COURSE_FIELDS} } } ${PROBLEM} }
  }`;
}
