import type { Kysely, Transaction } from 'kysely';
import { checkNoPrerequisiteLoop } from './course-prerequisites.js';
import { type SessionChange, writeSessionChange } from './course-session-changes.js';
import { type CourseSession, findSessionsOfCourses } from './courses.js';
import type { Database } from './database.js';
import { linkedIdsOf, replaceLinkRows } from './link-rows.js';
import { recordRevision, saveRevision } from './revisions.js';
import { insertSluggedRow } from './slugs.js';
import type { Language } from './tables/common.js';
import type { CourseCredit, CourseFormat, CourseStatus } from './tables/courses.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** A course as its federation's people see it: any status, with its links as ids. */
export interface EditableCourse {
  id: string;
  slug: string;
  federation_id: string;
  title: string;
  summary: string;
  description_html: string;
  format: CourseFormat;
  target_audiences: string[];
  learning_goals: string[];
  credits: CourseCredit[];
  language: Language;
  price_amount: string | null;
  price_currency: string | null;
  contact_id: string | null;
  status: CourseStatus;
  published_at: Date | null;
  revision: number;
  updated_at: Date;
  topic_ids: string[];
  open_to_ids: string[];
  prerequisite_ids: string[];
}

/** What an editor writes in a course; status changes only through the publishing steps. */
export interface CourseContent {
  title: string;
  summary: string;
  descriptionHtml: string;
  format: CourseFormat;
  targetAudiences: string[];
  learningGoals: string[];
  credits: CourseCredit[];
  language: Language;
  price: { amount: string; currency: string } | null;
  contactId: string | null;
  topicIds: string[];
  openToIds: string[];
  prerequisiteIds: string[];
}

/** What a course's history keeps: its content and its sessions as they then stood. */
export type CourseSnapshot = Omit<
  EditableCourse,
  'id' | 'slug' | 'federation_id' | 'status' | 'published_at' | 'revision' | 'updated_at'
> & { sessions: CourseSession[] };

export interface CourseStateChange {
  status: CourseStatus;
  published_at?: Date | null;
}

function selectEditable(db: Executor) {
  return db
    .selectFrom('courses as c')
    .select([
      'c.id',
      'c.slug',
      'c.federation_id',
      'c.title',
      'c.summary',
      'c.description_html',
      'c.format',
      'c.target_audiences',
      'c.learning_goals',
      'c.credits',
      'c.language',
      'c.price_amount',
      'c.price_currency',
      'c.contact_id',
      'c.status',
      'c.published_at',
      'c.revision',
      'c.updated_at',
      linkedIdsOf('courseTopics', 'c.id').as('topic_ids'),
      linkedIdsOf('courseOpenTo', 'c.id').as('open_to_ids'),
      linkedIdsOf('coursePrerequisites', 'c.id').as('prerequisite_ids'),
    ]);
}

export async function findEditableCourses(db: Executor, ids: readonly string[]): Promise<EditableCourse[]> {
  if (ids.length === 0) return [];
  return selectEditable(db).where('c.id', 'in', ids).execute();
}

/** The federation's own courses in the given statuses, last saved first: for its people only. */
export async function listEditableCourses(
  db: Executor,
  federationId: string,
  statuses: readonly CourseStatus[],
  limit: number,
): Promise<EditableCourse[]> {
  let query = selectEditable(db).where('c.federation_id', '=', federationId);
  if (statuses.length) query = query.where('c.status', 'in', statuses);
  return query.orderBy('c.updated_at', 'desc').orderBy('c.id', 'desc').limit(limit).execute();
}

function lockEditable(tx: Transaction<Database>, id: string): Promise<EditableCourse | undefined> {
  return selectEditable(tx).where('c.id', '=', id).forUpdate('c').executeTakeFirst();
}

async function snapshotOf(tx: Transaction<Database>, course: EditableCourse): Promise<CourseSnapshot> {
  const { id, slug, federation_id, status, published_at, revision, updated_at, ...content } = course;
  return { ...content, sessions: await findSessionsOfCourses(tx, [id], false) };
}

function columnsOf(content: CourseContent) {
  return {
    title: content.title,
    summary: content.summary,
    description_html: content.descriptionHtml,
    format: content.format,
    target_audiences: content.targetAudiences,
    learning_goals: content.learningGoals,
    credits: JSON.stringify(content.credits),
    language: content.language,
    price_amount: content.price?.amount ?? null,
    price_currency: content.price?.currency ?? null,
    contact_id: content.contactId,
  };
}

async function replaceLinks(tx: Transaction<Database>, id: string, content: CourseContent): Promise<void> {
  await replaceLinkRows(tx, 'courseTopics', id, content.topicIds);
  await replaceLinkRows(tx, 'courseOpenTo', id, content.openToIds);
  await replaceLinkRows(tx, 'coursePrerequisites', id, content.prerequisiteIds);
}

export async function createCourseDraft(
  tx: Transaction<Database>,
  federationId: string,
  authorId: string,
  content: CourseContent,
): Promise<EditableCourse> {
  const id = await insertSluggedRow(tx, 'courses', content.title, 'kurs', {
    federation_id: federationId,
    ...columnsOf(content),
    status: 'draft',
    published_at: null,
  });
  await replaceLinks(tx, id, content);
  const created = await selectEditable(tx).where('c.id', '=', id).executeTakeFirstOrThrow();
  await recordRevision(tx, 'course', created, authorId, 'created', await snapshotOf(tx, created));
  return created;
}

/**
 * Saves a new revision of a course: new content, a new state, a session change, or several.
 * Refused with StaleRevisionError when someone saved after `basedOn`; undefined when there is no
 * such course (or the session is not one of its own).
 */
export async function saveCourseRevision(
  tx: Transaction<Database>,
  input: {
    id: string;
    basedOn: number | null;
    authorId: string | null;
    change: string;
    content?: CourseContent;
    state?: CourseStateChange;
    session?: SessionChange;
  },
): Promise<EditableCourse | undefined> {
  return saveRevision(tx, 'course', {
    ...input,
    lock: lockEditable,
    snapshotOf,
    write: async (tx, current) => {
      const { content, state, session } = input;
      if (content || state) {
        await tx
          .updateTable('courses')
          .set({ ...(content && columnsOf(content)), ...state })
          .where('id', '=', current.id)
          .execute();
      }
      if (content) {
        await checkNoPrerequisiteLoop(tx, current.id, content.prerequisiteIds);
        await replaceLinks(tx, current.id, content);
      }
      if (session) await writeSessionChange(tx, current.id, session);
    },
  });
}
