import type { Kysely, Transaction } from 'kysely';
import { type CourseSession, sessionColumns } from './courses.js';
import type { Database } from './database.js';

/** What an editor writes about one run of a course. */
export interface SessionValues {
  startsAt: Date;
  endsAt: Date;
  placeName: string | null;
  address: string | null;
  municipalityId: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  registrationUrl: string | null;
  registrationDeadline: Date | null;
}

/**
 * A change to a course's sessions, saved as a revision of the course. Sessions are cancelled,
 * never deleted: people may have registered for them.
 */
export type SessionChange =
  | { kind: 'add'; values: SessionValues }
  | { kind: 'update'; sessionId: string; values: SessionValues }
  | { kind: 'cancel'; sessionId: string };

function columnsOf(values: SessionValues) {
  return {
    starts_at: values.startsAt,
    ends_at: values.endsAt,
    place_name: values.placeName,
    address: values.address,
    municipality_id: values.municipalityId,
    online_url: values.onlineUrl,
    capacity: values.capacity,
    registration_url: values.registrationUrl,
    registration_deadline: values.registrationDeadline,
  };
}

export async function writeSessionChange(
  tx: Transaction<Database>,
  courseId: string,
  change: SessionChange,
): Promise<void> {
  if (change.kind === 'add') {
    await tx
      .insertInto('course_sessions')
      .values({ course_id: courseId, ...columnsOf(change.values) })
      .execute();
    return;
  }
  const set = change.kind === 'update' ? columnsOf(change.values) : { status: 'cancelled' as const };
  await tx
    .updateTable('course_sessions')
    .set(set)
    .where('id', '=', change.sessionId)
    .where('course_id', '=', courseId)
    .execute();
}

/** A session with the course it belongs to, whatever the course's status: for the course's people. */
export async function findSessionById(db: Kysely<Database>, id: string): Promise<CourseSession | undefined> {
  return db.selectFrom('course_sessions').select(sessionColumns).where('id', '=', id).executeTakeFirst();
}
