// What the revision histories of news, events, courses and contacts ask for, alike.

/**
 * A saved state as the history stores it (snake_case keys, times as ISO strings), with beside them,
 * under camelCase keys, what it links by id as named now (`topics`, `municipality`, ...: see `Named`).
 */
export type Snapshot = Record<string, unknown>;

/** A linked topic, municipality, course or contact as a history names it: a key that stays, and a name. */
export interface Named {
  key: string;
  name: string;
}

/** One saved state as the API lists it; `status` as the API gives it. */
export interface KeptRevision {
  revision: number;
  status: string;
  change: string;
  createdAt: string;
  author: { displayName: string } | null;
  snapshot: Snapshot;
}

const TOPICS = 'topics { key: slug name(language: $ui) }';
const CONTACT = 'contact { key: id name }';

/** What each kind's revisions name of their links, all as `Named`. */
export const LINKS = {
  News: `${TOPICS} municipalities { key: id name }`,
  Event: `${TOPICS} municipality { key: id name } ${CONTACT}`,
  Course: `${TOPICS} openTo { key: id name } prerequisites { key: id name: title } ${CONTACT}`,
} as const;

export const KEPT = 'revision status change createdAt author { displayName } snapshot';

/** The history of one event, course or contact, e.g. `revisionsQuery('Event')`. */
export function revisionsQuery(type: 'Event' | 'Course' | 'Contact'): string {
  const fields = type === 'Contact' ? KEPT : `${KEPT} ${LINKS[type]}`;
  const variables = type === 'Contact' ? '$id: ID!' : '$id: ID!, $ui: UiLanguage!';
  return `query Newsroom${type}History(${variables}) { editable${type}(id: $id) { id revisions { ${fields} } } }`;
}

/** A revision as a history document answers: the kept fields, and what it links as `Named`. */
export type AnsweredRevision = KeptRevision & Record<string, unknown>;

/** Puts what a revision names of its links beside its snapshot, where the comparison reads them. */
export function keptOf({
  revision,
  status,
  change,
  createdAt,
  author,
  snapshot,
  ...named
}: AnsweredRevision): KeptRevision {
  return { revision, status, change, createdAt, author, snapshot: { ...snapshot, ...named } };
}
