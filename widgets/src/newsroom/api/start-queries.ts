// The GraphQL document of the start page: one request per federation.
import type { FeedRun } from './feed-source-queries.js';

/** A news item, event or course as the start page lists it. */
export interface StartItem {
  id: string;
  title: string;
  updatedAt: string;
  publishedAt?: string | null;
  scheduledFor?: string | null;
}

/** A feed source as far as the start page's alert needs it. */
export interface SourceStatus {
  id: string;
  url: string;
  lastRun: Pick<FeedRun, 'at' | 'status' | 'errorCode' | 'errorMessage'> | null;
}

export interface UpcomingEvent {
  id: string;
  title: string;
  startsAt: string;
  cancelled: boolean;
}

export interface StartPageData {
  newsDrafts: StartItem[];
  scheduledNews: StartItem[];
  publishedNews: StartItem[];
  eventDrafts: StartItem[];
  publishedEvents: StartItem[];
  courseDrafts: StartItem[];
  publishedCourses: StartItem[];
  upcomingEvents: { edges: Array<{ node: UpcomingEvent }> };
  /** Left out (undefined) for those who may not see the federation's sources. */
  feedSources?: SourceStatus[];
}

const ITEM = 'id title updatedAt';
const PUBLISHED = `${ITEM} publishedAt`;

/**
 * Everything one federation's section shows, in one request. Editable lists come last saved first,
 * which for published items is close to their publication; the section sorts them by time.
 * Feed sources are asked only of those who may see them, so an editor's request is not refused.
 */
export const START_PAGE = `query NewsroomStart($federation: String!, $now: DateTime!, $withSources: Boolean!) {
  newsDrafts: editableNews(federation: $federation, statuses: [DRAFT], limit: 25) { ${ITEM} }
  scheduledNews: editableNews(federation: $federation, statuses: [SCHEDULED], limit: 25) { ${ITEM} scheduledFor }
  publishedNews: editableNews(federation: $federation, statuses: [PUBLISHED], limit: 8) { ${PUBLISHED} }
  eventDrafts: editableEvents(federation: $federation, statuses: [DRAFT], limit: 25) { ${ITEM} }
  publishedEvents: editableEvents(federation: $federation, statuses: [PUBLISHED], limit: 8) { ${PUBLISHED} }
  courseDrafts: editableCourses(federation: $federation, statuses: [DRAFT], limit: 25) { ${ITEM} }
  publishedCourses: editableCourses(federation: $federation, statuses: [PUBLISHED], limit: 8) { ${PUBLISHED} }
  upcomingEvents: events(first: 5, filter: { federations: [$federation], endsAfter: $now }) {
    edges { node { id title startsAt cancelled } }
  }
  feedSources(federation: $federation) @include(if: $withSources) {
    id url lastRun { at status errorCode errorMessage }
  }
}`;
