import type { Generated } from 'kysely';
import type { Json } from './common.js';

/**
 * One saved state of a course, event or contact, kept for ever: who saved it, when, why, and
 * the content as it then stood (a course's sessions included) as one JSON snapshot.
 */
interface RevisionColumns {
  revision: number;
  author_id: string | null;
  created_at: Generated<Date>;
  change: string;
  status: string;
  snapshot: Json<Record<string, unknown>>;
}

export interface CourseRevisionsTable extends RevisionColumns {
  course_id: string;
}

export interface EventRevisionsTable extends RevisionColumns {
  event_id: string;
}

export interface ContactRevisionsTable extends RevisionColumns {
  contact_id: string;
}
