// The GraphQL documents of the event editor, and the shapes they answer with.
import {
  emptyOccasion,
  OCCASION_FIELDS,
  type OccasionDraft,
  occasionDraftOf,
  occasionInput,
  type SavedOccasion,
} from './occasion-drafts.js';
import { contentDocuments } from './result-queries.js';
import { revisionsQuery } from './revision-queries.js';

export type EventStatus = 'DRAFT' | 'PUBLISHED' | 'CANCELLED' | 'ARCHIVED';

/** What the user edits: the event's texts and its occasion. */
export interface EventDraft extends OccasionDraft {
  title: string;
  summary: string;
  description: string;
  language: string;
  topics: string[];
}

export interface EditableEvent extends SavedOccasion {
  id: string;
  status: EventStatus;
  revision: number;
  updatedAt: string;
  title: string;
  summary: string;
  description: string;
  language: string;
  topics: Array<{ slug: string }>;
  organiser: { slug: string; name: string; timeZone: string };
}

export const EVENT_FIELDS = `id status revision updatedAt title summary description ${OCCASION_FIELDS}
  language topics { slug } organiser { slug name timeZone }`;

export const EVENTS_LIST = `query NewsroomEvents($federation: String!, $statuses: [EventStatus!], $limit: Int) {
  editableEvents(federation: $federation, statuses: $statuses, limit: $limit) {
    id title status startsAt updatedAt organiser { timeZone }
  }
}`;

export const EVENT_ITEM = `query NewsroomEvent($id: ID!) { editableEvent(id: $id) { ${EVENT_FIELDS} } }`;

export const EVENT_HISTORY = revisionsQuery('Event');

export type EventTransition = 'publishEvent' | 'unpublishEvent' | 'cancelEvent' | 'archiveEvent';

const EVENT = contentDocuments<EventTransition>('Event', EVENT_FIELDS);
export const CREATE_EVENT = EVENT.create;
export const UPDATE_EVENT = EVENT.update;
export const RESTORE_EVENT = EVENT.restore;
export const eventTransition = EVENT.transition;

/** An empty event, its keys in eventDraftOf's order: drafts are compared as JSON. */
export function emptyEventDraft(): EventDraft {
  return { title: '', summary: '', description: '', ...emptyOccasion(), language: 'sv', topics: [] };
}

export function eventDraftOf(event: EditableEvent): EventDraft {
  return {
    title: event.title,
    summary: event.summary,
    description: event.description,
    ...occasionDraftOf(event, event.organiser.timeZone),
    language: event.language,
    topics: event.topics.map((topic) => topic.slug),
  };
}

/** The draft as EventInput: the occasion read in the federation's zone. */
export function eventInput(draft: EventDraft, timeZone: string): Record<string, unknown> {
  return {
    title: draft.title,
    summary: draft.summary,
    description: draft.description,
    ...occasionInput(draft, timeZone),
    language: draft.language,
    topics: draft.topics,
  };
}
