// What the revision histories of events, courses and contacts ask for, alike.

/** A saved state as the history stores it (snake_case keys, times as ISO strings). */
export type Snapshot = Record<string, unknown>;

/** One saved state as the API lists it; `status` in lower case, as stored. */
export interface KeptRevision {
  revision: number;
  status: string;
  change: string;
  createdAt: string;
  author: { displayName: string } | null;
  snapshot: Snapshot;
}

export const REVISION_FIELDS = 'revisions { revision status change createdAt author { displayName } snapshot }';

/** The history of one event, course or contact, e.g. `revisionsQuery('Event')`. */
export function revisionsQuery(type: 'Event' | 'Course' | 'Contact'): string {
  return `query Newsroom${type}History($id: ID!) { editable${type}(id: $id) { id ${REVISION_FIELDS} } }`;
}
