// A course and a session as the forms hold them, and as the mutations take them.
import { isoToZoned, zonedToIso } from '../editor/time-zone.js';
import type { CourseFormat, CourseSession, EditableCourse } from './course-queries.js';
import { municipalityKey } from './news-queries.js';

type Municipality = { code: string; name: string };

/** What the user edits in a course; lists of lines as typed, numbers as the fields hold them. */
export interface CourseDraft {
  title: string;
  summary: string;
  description: string;
  format: CourseFormat;
  language: string;
  /** One per line. */
  targetAudiences: string;
  /** One per line. */
  learningGoals: string;
  credits: Array<{ hours: string; body: string; note: string }>;
  /** An empty amount is a free course. */
  price: { amount: string; currency: string };
  topics: string[];
  /** None: open to all. */
  openTo: Municipality[];
  /** Course ids. */
  prerequisites: string[];
  /** A contact's id, or ''. */
  contact: string;
}

export function emptyCourseDraft(): CourseDraft {
  return {
    title: '',
    summary: '',
    description: '',
    format: 'DIGITAL',
    language: 'sv',
    targetAudiences: '',
    learningGoals: '',
    credits: [],
    price: { amount: '', currency: 'SEK' },
    topics: [],
    openTo: [],
    prerequisites: [],
    contact: '',
  };
}

const municipality = (each: { code: string; country: string; name: string }): Municipality => ({
  code: municipalityKey(each.code, each.country),
  name: each.name,
});

export function courseDraftOf(course: EditableCourse): CourseDraft {
  return {
    title: course.title,
    summary: course.summary,
    description: course.description,
    format: course.format,
    language: course.language,
    targetAudiences: course.targetAudiences.join('\n'),
    learningGoals: course.learningGoals.join('\n'),
    credits: course.credits.map((credit) => ({
      hours: String(credit.hours),
      body: credit.body,
      note: credit.note ?? '',
    })),
    price: course.price
      ? { amount: String(course.price.amount), currency: course.price.currency }
      : { amount: '', currency: 'SEK' },
    topics: course.topics.map((topic) => topic.slug),
    openTo: course.openTo.map(municipality),
    prerequisites: course.prerequisites.map((each) => each.id),
    contact: course.contact?.id ?? '',
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The draft as CourseInput: empty lines and an empty price left out. */
export function courseInput(draft: CourseDraft): Record<string, unknown> {
  return {
    title: draft.title,
    summary: draft.summary,
    description: draft.description,
    format: draft.format,
    language: draft.language,
    targetAudiences: lines(draft.targetAudiences),
    learningGoals: lines(draft.learningGoals),
    credits: draft.credits.map((credit) => ({
      hours: Number(credit.hours),
      body: credit.body,
      note: credit.note.trim() || null,
    })),
    price: draft.price.amount.trim() ? { amount: Number(draft.price.amount), currency: draft.price.currency } : null,
    topics: draft.topics,
    openTo: draft.openTo.map((each) => each.code),
    prerequisites: draft.prerequisites,
    contact: draft.contact || null,
  };
}

/** A session as its form holds it; times as the federation's wall clock, empty when unset. */
export interface SessionDraft {
  startsAt: string;
  endsAt: string;
  placeName: string;
  address: string;
  municipality: Municipality | null;
  onlineUrl: string;
  capacity: string;
  registrationUrl: string;
  registrationDeadline: string;
}

export function emptySessionDraft(): SessionDraft {
  return {
    startsAt: '',
    endsAt: '',
    placeName: '',
    address: '',
    municipality: null,
    onlineUrl: '',
    capacity: '',
    registrationUrl: '',
    registrationDeadline: '',
  };
}

export function sessionDraftOf(session: CourseSession, timeZone: string): SessionDraft {
  return {
    startsAt: isoToZoned(session.startsAt, timeZone),
    endsAt: isoToZoned(session.endsAt, timeZone),
    placeName: session.placeName ?? '',
    address: session.address ?? '',
    municipality: session.municipality ? municipality(session.municipality) : null,
    onlineUrl: session.onlineUrl ?? '',
    capacity: session.capacity === null ? '' : String(session.capacity),
    registrationUrl: session.registrationUrl ?? '',
    registrationDeadline: session.registrationDeadline ? isoToZoned(session.registrationDeadline, timeZone) : '',
  };
}

/** The session as CourseSessionInput: wall-clock times read in the federation's zone, empty fields as null. */
export function sessionInput(draft: SessionDraft, timeZone: string): Record<string, unknown> {
  const time = (local: string) => (local ? zonedToIso(local, timeZone) : null);
  const text = (value: string) => value.trim() || null;
  return {
    startsAt: time(draft.startsAt),
    endsAt: time(draft.endsAt),
    placeName: text(draft.placeName),
    address: text(draft.address),
    municipality: draft.municipality?.code ?? null,
    onlineUrl: text(draft.onlineUrl),
    capacity: draft.capacity.trim() ? Number(draft.capacity) : null,
    registrationUrl: text(draft.registrationUrl),
    registrationDeadline: time(draft.registrationDeadline),
  };
}
