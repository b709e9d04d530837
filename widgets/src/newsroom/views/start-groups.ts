import type { StartItem, StartPageData } from '../api/start-queries.js';

export type ContentKind = 'news' | 'event' | 'course';

/** One line of a start page group: what it is, which editor opens it, and the time the group is about. */
export interface StartEntry {
  kind: ContentKind;
  id: string;
  title: string;
  at: string;
}

/** The hash route of the editor of an item of this kind. */
export function editorRoute(kind: ContentKind, id: string): string {
  const area = { news: 'news', event: 'events', course: 'courses' }[kind];
  return `#/${area}/${encodeURIComponent(id)}`;
}

/** The new-item routes of a federation, in the order the section offers them. */
export function newItemRoutes(federation: string): Array<[ContentKind, string]> {
  const query = `?federation=${encodeURIComponent(federation)}`;
  return [
    ['news', `#/news/new${query}`],
    ['event', `#/events/new${query}`],
    ['course', `#/courses/new${query}`],
  ];
}

function entries(kind: ContentKind, items: StartItem[], at: (item: StartItem) => string | null | undefined) {
  return items.map((item): StartEntry => ({ kind, id: item.id, title: item.title, at: at(item) ?? item.updatedAt }));
}

const newestFirst = (a: StartEntry, b: StartEntry) => b.at.localeCompare(a.at);

/** Drafts of every kind, the last saved first. */
export function draftsOf(data: StartPageData): StartEntry[] {
  const saved = (item: StartItem) => item.updatedAt;
  return [
    ...entries('news', data.newsDrafts, saved),
    ...entries('event', data.eventDrafts, saved),
    ...entries('course', data.courseDrafts, saved),
  ].sort(newestFirst);
}

/** Scheduled news, the next to go out first. */
export function scheduledOf(data: StartPageData): StartEntry[] {
  return entries('news', data.scheduledNews, (item) => item.scheduledFor).sort((a, b) => a.at.localeCompare(b.at));
}

/** Published items of every kind, the most recently published first. */
export function publishedOf(data: StartPageData, count: number): StartEntry[] {
  const published = (item: StartItem) => item.publishedAt;
  return [
    ...entries('news', data.publishedNews, published),
    ...entries('event', data.publishedEvents, published),
    ...entries('course', data.publishedCourses, published),
  ]
    .sort(newestFirst)
    .slice(0, count);
}
