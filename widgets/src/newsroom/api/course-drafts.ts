// A course and a session as the forms hold them, and as the mutations take them.
import type { CourseFormat, CourseSession, EditableCourse } from './course-queries.js';
import { municipalityKey } from './news-queries.js';
import { emptyOccasion, type OccasionDraft, occasionDraftOf, occasionInput } from './occasion-drafts.js';

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

/** A session as its form holds it: its occasion and its capacity. */
export interface SessionDraft extends OccasionDraft {
  capacity: string;
}

export function emptySessionDraft(): SessionDraft {
  return { ...emptyOccasion(), capacity: '' };
}

export function sessionDraftOf(session: CourseSession, timeZone: string): SessionDraft {
  return {
    ...occasionDraftOf(session, timeZone),
    capacity: session.capacity === null ? '' : String(session.capacity),
  };
}

/** The session as CourseSessionInput: the occasion read in the federation's zone, an empty capacity as null. */
export function sessionInput(draft: SessionDraft, timeZone: string): Record<string, unknown> {
  return { ...occasionInput(draft, timeZone), capacity: draft.capacity.trim() ? Number(draft.capacity) : null };
}
