// The GraphQL documents of the event editor, and the shapes they answer with.
import { isoToZoned, zonedToIso } from '../editor/time-zone.js';
import { municipalityKey } from './news-queries.js';
import { BASED_ON, changeProblems, INPUT_PROBLEM, resultMutation } from './result-queries.js';
import { REVISION_FIELDS, type RevisionEntry } from './revision-queries.js';

export type EventStatus = 'DRAFT' | 'PUBLISHED' | 'CANCELLED' | 'ARCHIVED';

/** What the user edits; times as the federation's wall clock ("2026-12-24T09:30"), empty when unset. */
export interface EventDraft {
  title: string;
  summary: string;
  description: string;
  startsAt: string;
  endsAt: string;
  placeName: string;
  address: string;
  /** The municipality it is held in, under the code EventInput takes ("1262", "NO-1860"). */
  municipality: { code: string; name: string } | null;
  onlineUrl: string;
  registrationUrl: string;
  registrationDeadline: string;
  language: string;
  topics: string[];
}

export interface EditableEvent {
  id: string;
  status: EventStatus;
  revision: number;
  updatedAt: string;
  title: string;
  summary: string;
  description: string;
  startsAt: string;
  endsAt: string;
  placeName: string | null;
  address: string | null;
  municipality: { code: string; country: string; name: string } | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
  registrationDeadline: string | null;
  language: string;
  topics: Array<{ slug: string }>;
  organiser: { slug: string; name: string; timeZone: string };
  /** Newest first; `status` in lower case, as stored. */
  revisions: RevisionEntry[];
}

export const EVENT_FIELDS = `id status revision updatedAt title summary description startsAt endsAt placeName address
  municipality { code country name } onlineUrl registrationUrl registrationDeadline language topics { slug }
  organiser { slug name timeZone } ${REVISION_FIELDS}`;

const CREATED = { fields: EVENT_FIELDS, problems: INPUT_PROBLEM };
const CHANGED = { fields: EVENT_FIELDS, problems: changeProblems('EventRevisionConflict', EVENT_FIELDS) };

export const EVENTS_LIST = `query NewsroomEvents($federation: String!, $statuses: [EventStatus!], $limit: Int) {
  editableEvents(federation: $federation, statuses: $statuses, limit: $limit) {
    id title status startsAt updatedAt organiser { timeZone }
  }
}`;

export const EVENT_ITEM = `query NewsroomEvent($id: ID!) { editableEvent(id: $id) { ${EVENT_FIELDS} } }`;

export const CREATE_EVENT = resultMutation(
  'NewsroomCreateEvent',
  'createEventDraft',
  { federation: 'String!', input: 'EventInput!' },
  CREATED,
);

export const UPDATE_EVENT = resultMutation(
  'NewsroomUpdateEvent',
  'updateEvent',
  { ...BASED_ON, input: 'EventInput!' },
  CHANGED,
);

export const RESTORE_EVENT = resultMutation(
  'NewsroomRestoreEvent',
  'restoreEventRevision',
  { ...BASED_ON, revision: 'Int!' },
  CHANGED,
);

export type EventTransition = 'publishEvent' | 'unpublishEvent' | 'cancelEvent' | 'archiveEvent';

export function eventTransition(name: EventTransition): string {
  return resultMutation('NewsroomEventTransition', name, BASED_ON, CHANGED);
}

export function eventDraftOf(event: EditableEvent): EventDraft {
  const zone = event.organiser.timeZone;
  return {
    title: event.title,
    summary: event.summary,
    description: event.description,
    startsAt: isoToZoned(event.startsAt, zone),
    endsAt: isoToZoned(event.endsAt, zone),
    placeName: event.placeName ?? '',
    address: event.address ?? '',
    municipality: event.municipality
      ? { code: municipalityKey(event.municipality.code, event.municipality.country), name: event.municipality.name }
      : null,
    onlineUrl: event.onlineUrl ?? '',
    registrationUrl: event.registrationUrl ?? '',
    registrationDeadline: event.registrationDeadline ? isoToZoned(event.registrationDeadline, zone) : '',
    language: event.language,
    topics: event.topics.map((topic) => topic.slug),
  };
}

/** The draft as EventInput: wall-clock times read in the federation's zone, empty fields as null. */
export function eventInput(draft: EventDraft, timeZone: string): Record<string, unknown> {
  const time = (local: string) => (local ? zonedToIso(local, timeZone) : null);
  const text = (value: string) => value.trim() || null;
  return {
    title: draft.title,
    summary: draft.summary,
    description: draft.description,
    startsAt: time(draft.startsAt),
    endsAt: time(draft.endsAt),
    placeName: text(draft.placeName),
    address: text(draft.address),
    municipality: draft.municipality?.code ?? null,
    onlineUrl: text(draft.onlineUrl),
    registrationUrl: text(draft.registrationUrl),
    registrationDeadline: time(draft.registrationDeadline),
    language: draft.language,
    topics: draft.topics,
  };
}
