import type { CourseContent, CourseStateChange } from '@samverka/db/course-editing';
import {
  type CourseSnapshot,
  type EditableCourse,
  findEditableCourses,
  saveCourseRevision,
} from '@samverka/db/course-editing';
import { PrerequisiteLoopError } from '@samverka/db/course-prerequisites';
import type { SessionChange } from '@samverka/db/course-session-changes';
import { findSessionsOfCourses } from '@samverka/db/courses';
import { listRevisionsOf } from '@samverka/db/revisions';
import { findTopicsByIds } from '@samverka/db/topics';
import { builder } from './builder.js';
import { EditableContactRef } from './contact-editing.js';
import { conflictType, isOwnPerson, ownPeopleOf } from './content-changes.js';
import type { EditableKind } from './content-save.js';
import type { Context } from './context.js';
import { CreditRef, PriceRef } from './course.js';
import { SessionRef } from './course-session.js';
import { CourseFormatEnum, LanguageEnum } from './enums.js';
import { encodeGlobalId } from './global-id.js';
import { InputProblem } from './problems.js';
import { FederationRef, MunicipalityRef } from './refs.js';
import { prerequisitesNamed, publicContactNamed } from './revision-links.js';
import { revisionType } from './revision-type.js';
import { TopicRef } from './topic.js';

export const CourseStatusEnum = builder.enumType('CourseStatus', {
  description: 'Where a course is on its way to readers.',
  values: {
    DRAFT: { value: 'draft', description: 'Being written; only the federation’s people see it.' },
    PUBLISHED: { value: 'published', description: 'Public.' },
    ARCHIVED: { value: 'archived', description: 'Withdrawn from listings; kept, as readers may have linked to it.' },
  } as const,
});

/** Any status, for its federation's people: loaded by id, one statement per batch. */
export const EditableCourseRef = builder.loadableObjectRef('EditableCourse', {
  load: (ids: string[], ctx: Context) => findEditableCourses(ctx.db, ids),
  toKey: (course: EditableCourse) => course.id,
  cacheResolved: true,
  sort: true,
});

export const CourseRevisionConflict = conflictType('CourseRevisionConflict', EditableCourseRef);

export const CourseRevisionRef = revisionType<CourseSnapshot>(
  'CourseRevision',
  'course',
  'created, updated, published, unpublished, archived, restored, session_added, session_updated or session_cancelled',
  (snapshot) => snapshot.title,
);

type CourseWrite = { content?: CourseContent; state?: CourseStateChange; session?: SessionChange };

/** Courses for the shared change helpers: a prerequisite loop becomes a problem on its field. */
export const courseKind: EditableKind<EditableCourse, CourseWrite> = {
  key: 'course',
  noun: 'course',
  subjectType: 'course',
  typename: 'Course',
  loader: (ctx) => EditableCourseRef.getDataloader(ctx),
  save: async (tx, input) => {
    try {
      return await saveCourseRevision(tx, input);
    } catch (error) {
      if (!(error instanceof PrerequisiteLoopError)) throw error;
      throw new InputProblem(
        'prerequisites',
        'PREREQUISITE_LOOP',
        `${encodeGlobalId('Course', error.prerequisiteId)} already requires this course, directly or through others; remove one of the two.`,
      );
    }
  },
  Conflict: CourseRevisionConflict,
};

EditableCourseRef.implement({
  description:
    'A course in any status, as its federation’s people see and edit it. Another federation’s course appears only as a published prerequisite, with what the public sees of it.',
  fields: (t) => ({
    id: t.id({
      description: 'The same id as the public Course; pass it to the course mutations.',
      resolve: (course) => encodeGlobalId('Course', course.id),
    }),
    slug: t.exposeString('slug', { description: 'The public address part; fixed when the draft is created.' }),
    revision: t.exposeInt('revision', { description: 'The revision this is; send it back as `basedOn`.' }),
    status: t.field({ type: CourseStatusEnum, description: 'Where it is.', resolve: (course) => course.status }),
    title: t.exposeString('title', { description: 'Its name.' }),
    summary: t.exposeString('summary', { description: 'A short introduction in plain text.' }),
    description: t.exposeString('description_html', { description: 'Sanitised HTML.' }),
    format: t.field({ type: CourseFormatEnum, description: 'How it is given.', resolve: (course) => course.format }),
    targetAudiences: t.exposeStringList('target_audiences', { description: 'Who it is for.' }),
    learningGoals: t.exposeStringList('learning_goals', { description: 'What participants learn.' }),
    credits: t.field({ type: [CreditRef], description: 'Hours it counts for.', resolve: (course) => course.credits }),
    language: t.field({ type: LanguageEnum, description: 'Its language.', resolve: (course) => course.language }),
    price: t.field({
      type: PriceRef,
      nullable: true,
      description: 'What it costs; null when free.',
      resolve: (course) =>
        course.price_amount && course.price_currency
          ? { amount: course.price_amount, currency: course.price_currency }
          : null,
    }),
    publishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it went public; null while a draft.',
      resolve: (course) => course.published_at,
    }),
    updatedAt: t.field({ type: 'DateTime', description: 'Last saved.', resolve: (course) => course.updated_at }),
    provider: t.field({
      type: FederationRef,
      description: 'Its federation.',
      resolve: (course) => course.federation_id,
    }),
    topics: t.loadable({
      type: [TopicRef],
      description: 'Its topics.',
      load: (ids: string[], ctx) => findTopicsByIds(ctx.db, ids),
      sort: (topic) => topic.id,
      resolve: (course) => course.topic_ids,
    }),
    openTo: t.field({
      type: [MunicipalityRef],
      description: 'The municipalities whose staff may take it; empty when open to all.',
      resolve: (course) => course.open_to_ids,
    }),
    prerequisites: t.field({
      type: [EditableCourseRef],
      description:
        'Courses to have taken first: published ones, and for the people of this course’s federation its own in any status.',
      resolve: (course, _args, ctx) => prerequisitesNamed(ctx, course.federation_id, course.prerequisite_ids),
    }),
    contact: t.field({
      type: EditableContactRef,
      nullable: true,
      description:
        'Who answers questions about it, archived or not; to people of other federations (a prerequisite of theirs) only an active one, as the public sees it.',
      resolve: (course, _args, ctx) =>
        isOwnPerson(ctx, course.federation_id) ? course.contact_id : publicContactNamed(ctx, course.contact_id),
    }),
    sessions: t.loadableGroup({
      type: SessionRef,
      description: 'Every session by start time, cancelled ones included.',
      load: (ids: string[], ctx) => findSessionsOfCourses(ctx.db, ids, false),
      group: (session) => session.course_id,
      resolve: (course) => course.id,
    }),
    revisions: t.loadableGroup({
      type: CourseRevisionRef,
      description:
        'Every saved state, newest first; empty for people of other federations (the course as their prerequisite).',
      authScopes: (course) => ownPeopleOf(course.federation_id),
      unauthorizedResolver: () => [],
      load: (ids: string[], ctx) => listRevisionsOf<CourseSnapshot>(ctx.db, 'course', ids),
      group: (revision) => revision.subject_id,
      resolve: (course) => course.id,
    }),
  }),
});
