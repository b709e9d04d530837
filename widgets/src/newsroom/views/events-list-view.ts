import { EVENTS_LIST, type EventStatus } from '../api/event-queries.js';
import { fill, formatTime } from '../i18n/language.js';
import { ContentList, type ContentListKind } from './content-list.js';

interface EventRow {
  id: string;
  title: string;
  status: EventStatus;
  startsAt: string;
  updatedAt: string;
  organiser: { timeZone: string };
}

const EVENTS: ContentListKind<EventRow, EventStatus> = {
  area: 'events',
  query: EVENTS_LIST,
  field: 'editableEvents',
  statuses: ['DRAFT', 'PUBLISHED', 'CANCELLED', 'ARCHIVED'],
  texts: { heading: 'eventsTitle', create: 'newEvent', empty: 'noEvents' },
  // An event's time is its organiser's, which a row names.
  meta: ({ strings, language }, row) =>
    fill(strings.eventStarts, formatTime(row.startsAt, language, row.organiser.timeZone)),
};

/** @summary A federation's events with a status filter, last saved first. */
export class NewsroomEventsList extends ContentList<EventRow, EventStatus> {
  constructor() {
    super(EVENTS);
  }
}
