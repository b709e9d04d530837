import { sql, type Transaction } from 'kysely';
import type { Database } from './database.js';

/** A prerequisite that already requires the course, directly or through others. */
export class PrerequisiteLoopError extends Error {
  constructor(readonly prerequisiteId: string) {
    super(`Course ${prerequisiteId} already requires this course.`);
  }
}

/**
 * Refuses prerequisites that would close a loop (A needs B needs A). Two saves that each add one
 * half of a loop are serialised by a transaction-wide lock, so neither can miss the other.
 */
export async function checkNoPrerequisiteLoop(
  tx: Transaction<Database>,
  courseId: string,
  prerequisiteIds: readonly string[],
): Promise<void> {
  if (prerequisiteIds.length === 0) return;
  await sql`SELECT pg_advisory_xact_lock(hashtext('course_prerequisites'))`.execute(tx);
  const loop = await sql<{ start: string }>`
    WITH RECURSIVE reachable (start, course) AS (
      SELECT id, id FROM unnest(${[...prerequisiteIds]}::uuid[]) AS id
      UNION
      SELECT r.start, p.prerequisite_id FROM reachable r JOIN course_prerequisites p ON p.course_id = r.course
    )
    SELECT start FROM reachable WHERE course = ${courseId} LIMIT 1`.execute(tx);
  const start = loop.rows[0]?.start;
  if (start) throw new PrerequisiteLoopError(start);
}
