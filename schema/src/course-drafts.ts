import { type CourseSnapshot, createCourseDraft, listEditableCourses } from '@samverka/db/course-editing';
import { findRevision } from '@samverka/db/revisions';
import { requireViewer } from './auth/viewer.js';
import { builder } from './builder.js';
import {
  changeArgs,
  checkEditorMayChange,
  listLimit,
  readersInFederation,
  rolesInFederation,
  WRITERS,
} from './content-changes.js';
import { itemOf, rolesOn, saveChange, saveNew } from './content-save.js';
import { CourseRevisionConflict, CourseStatusEnum, courseKind, EditableCourseRef } from './course-editing.js';
import { CourseInput, courseSnapshotAsInput, toCourseContent } from './course-input.js';
import { federationBySlug } from './federation-admin.js';
import { loadFederationBySlug } from './federation-by-slug.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';

builder.queryFields((t) => ({
  editableCourse: t.field({
    type: EditableCourseRef,
    nullable: true,
    description: 'A course in any status, for the people of its federation; null when there is none.',
    args: { id: t.arg.globalID({ required: true, description: 'The course’s id.' }) },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, courseKind, id, WRITERS),
    resolve: (_root, { id }, ctx) => itemOf(ctx, courseKind, id),
  }),
  editableCourses: t.field({
    type: [EditableCourseRef],
    description: 'A federation’s courses in the given statuses (all when left out), last saved first. For its people.',
    args: {
      federation: t.arg.string({ required: true, description: 'The federation’s slug.' }),
      statuses: t.arg({ type: [CourseStatusEnum], description: 'Which statuses; all when left out.' }),
      limit: t.arg.int({ defaultValue: 50, description: '1 to 100.' }),
    },
    authScopes: (_root, args, ctx) => readersInFederation(ctx, args.federation),
    resolve: async (_root, args, ctx) => {
      const federation = await loadFederationBySlug(ctx, args.federation);
      if (!federation) return [];
      return listEditableCourses(ctx.db, federation.id, args.statuses ?? [], listLimit(args.limit));
    },
  }),
}));

builder.mutationFields((t) => ({
  createCourseDraft: t.field({
    type: EditableCourseRef,
    description: 'Starts a course as a draft of the federation. For its editors, publishers and admins.',
    errors: problemsOf('CreateCourseDraft', [InputProblem, NotFoundProblem], 'the new draft'),
    args: {
      federation: t.arg.string({ required: true, description: 'The providing federation’s slug.' }),
      input: t.arg({ type: CourseInput, required: true, description: 'The content.' }),
    },
    authScopes: (_root, args, ctx) => rolesInFederation(ctx, args.federation, WRITERS),
    resolve: async (_root, args, ctx) => {
      const federation = await federationBySlug(ctx, args.federation);
      const content = await toCourseContent(
        ctx,
        { federationId: federation.id, id: null, contactId: null },
        args.input,
      );
      const authorId = requireViewer(ctx).user.id;
      return saveNew(ctx, courseKind, (tx) => createCourseDraft(tx, federation.id, authorId, content));
    },
  }),
  updateCourse: t.field({
    type: EditableCourseRef,
    description: 'Saves new content as a new revision. Refused as a conflict when someone saved after `basedOn`.',
    errors: problemsOf('UpdateCourse', [InputProblem, NotFoundProblem, CourseRevisionConflict], 'the saved course'),
    args: {
      ...changeArgs(t.arg, 'course'),
      input: t.arg({ type: CourseInput, required: true, description: 'The whole new content.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, courseKind, id, WRITERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, courseKind, args, 'updated', async (course) => {
        checkEditorMayChange(ctx, course, 'course');
        const owner = { federationId: course.federation_id, id: course.id, contactId: course.contact_id };
        return { content: await toCourseContent(ctx, owner, args.input) };
      }),
  }),
  restoreCourseRevision: t.field({
    type: EditableCourseRef,
    description:
      'Brings back the content of an earlier revision as a new revision. The status stays, and so do the sessions: a restore never moves or un-cancels a session people may have registered for.',
    errors: problemsOf(
      'RestoreCourseRevision',
      [InputProblem, NotFoundProblem, CourseRevisionConflict],
      'the restored course',
    ),
    args: {
      ...changeArgs(t.arg, 'course'),
      revision: t.arg.int({ required: true, description: 'The earlier revision to bring back.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, courseKind, id, WRITERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, courseKind, args, 'restored', async (course) => {
        checkEditorMayChange(ctx, course, 'course');
        const old = await findRevision<CourseSnapshot>(ctx.db, 'course', course.id, args.revision);
        if (!old) throw new NotFoundProblem('revision', `This course has no revision ${args.revision}.`);
        const owner = { federationId: course.federation_id, id: course.id, contactId: course.contact_id };
        // Old content passes today's checks again: the sanitiser, topics, municipalities, prerequisites, contact.
        return { content: await toCourseContent(ctx, owner, await courseSnapshotAsInput(ctx, old.snapshot)) };
      }),
  }),
}));
