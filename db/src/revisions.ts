import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './database.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** The kinds whose history is kept as JSON snapshots, with where each keeps it. */
const HISTORIES = {
  course: { table: 'courses', history: 'course_revisions', owner: 'course_id' },
  event: { table: 'events', history: 'event_revisions', owner: 'event_id' },
  contact: { table: 'contacts', history: 'contact_revisions', owner: 'contact_id' },
} as const;

export type RevisionKind = keyof typeof HISTORIES;

/** What every revisioned row carries. */
export interface Versioned {
  id: string;
  revision: number;
  status: string;
}

/** A snapshot as it reads back from JSON: dates are ISO strings, at any depth. */
export type Stored<T> = T extends Date
  ? string
  : T extends Array<infer Element>
    ? Array<Stored<Element>>
    : T extends object
      ? { [Key in keyof T]: Stored<T[Key]> }
      : T;

/** One saved state: who saved it, when, why, and what it held. */
export interface Revision<Snapshot> {
  /** The course, event or contact it is a revision of. */
  subject_id: string;
  revision: number;
  author_id: string | null;
  created_at: Date;
  change: string;
  status: string;
  snapshot: Stored<Snapshot>;
}

/** Someone saved after the revision the caller started from; `current` is how it stands now. */
export class StaleRevisionError<Item extends { revision: number }> extends Error {
  constructor(
    readonly current: Item,
    readonly basedOn: number,
  ) {
    super(`The item is at revision ${current.revision}, not ${basedOn}.`);
  }
}

export interface RevisionSave<Item extends Versioned> {
  id: string;
  /** The revision the change started from; null for a writer that does not track them (an importer). */
  basedOn: number | null;
  authorId: string | null;
  change: string;
  /** Reads the row with FOR UPDATE, so two saves cannot both pass the revision check. */
  lock(tx: Transaction<Database>, id: string): Promise<Item | undefined>;
  /** Writes the change itself; the revision counter and the history are taken care of. */
  write(tx: Transaction<Database>, current: Item): Promise<void>;
  /** The content to keep in the history. */
  snapshotOf(tx: Transaction<Database>, saved: Item): Promise<Record<string, unknown>>;
}

/**
 * Saves one change of a row as a new revision: checks `basedOn` against the locked row, writes,
 * counts the revision up and keeps a snapshot. Undefined when there is no such row; throws
 * StaleRevisionError when someone saved in between.
 */
export async function saveRevision<Item extends Versioned>(
  tx: Transaction<Database>,
  kind: RevisionKind,
  save: RevisionSave<Item>,
): Promise<Item | undefined> {
  const current = await save.lock(tx, save.id);
  if (!current) return undefined;
  if (save.basedOn !== null && save.basedOn !== current.revision) throw new StaleRevisionError(current, save.basedOn);
  await save.write(tx, current);
  const { table } = HISTORIES[kind];
  await sql`UPDATE ${sql.table(table)} SET revision = revision + 1 WHERE id = ${save.id}`.execute(tx);
  const saved = await save.lock(tx, save.id);
  if (!saved) return undefined;
  await recordRevision(tx, kind, saved, save.authorId, save.change, await save.snapshotOf(tx, saved));
  return saved;
}

/** Keeps the row's current state in its history. */
export async function recordRevision(
  tx: Transaction<Database>,
  kind: RevisionKind,
  item: Versioned,
  authorId: string | null,
  change: string,
  snapshot: Record<string, unknown>,
): Promise<void> {
  const { history, owner } = HISTORIES[kind];
  await sql`
    INSERT INTO ${sql.table(history)} (${sql.ref(owner)}, revision, author_id, change, status, snapshot)
    VALUES (${item.id}, ${item.revision}, ${authorId}, ${change}, ${item.status}, ${JSON.stringify(snapshot)}::jsonb)`.execute(
    tx,
  );
}

function selectRevisions<Snapshot>(kind: RevisionKind, ids: readonly string[], revision: number | null) {
  const { history, owner } = HISTORIES[kind];
  return sql<Revision<Snapshot>>`
    SELECT ${sql.ref(owner)} AS subject_id, revision, author_id, created_at, change, status, snapshot
    FROM ${sql.table(history)}
    WHERE ${sql.ref(owner)} = ANY (${[...ids]}::uuid[]) ${revision === null ? sql`` : sql`AND revision = ${revision}`}
    ORDER BY ${sql.ref(owner)}, revision DESC`;
}

/** The histories of these rows, each newest first, in one statement. */
export async function listRevisionsOf<Snapshot>(
  db: Executor,
  kind: RevisionKind,
  ids: readonly string[],
): Promise<Array<Revision<Snapshot>>> {
  if (ids.length === 0) return [];
  return (await selectRevisions<Snapshot>(kind, ids, null).execute(db)).rows;
}

export async function findRevision<Snapshot>(
  db: Executor,
  kind: RevisionKind,
  id: string,
  revision: number,
): Promise<Revision<Snapshot> | undefined> {
  return (await selectRevisions<Snapshot>(kind, [id], revision).execute(db)).rows[0];
}
