import { builder } from './builder.js';
import { changeArgs, checkTransition, PUBLISHERS } from './content-changes.js';
import { rolesOn, saveChange } from './content-save.js';
import { CourseRevisionConflict, courseKind, EditableCourseRef } from './course-editing.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';

const PROBLEMS = [InputProblem, NotFoundProblem, CourseRevisionConflict];

builder.mutationFields((t) => ({
  publishCourse: t.field({
    type: EditableCourseRef,
    description: 'Makes the course public now. For publishers and admins.',
    errors: problemsOf('PublishCourse', PROBLEMS, 'the published course'),
    args: changeArgs(t.arg, 'course'),
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, courseKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, courseKind, args, 'published', async (course) => {
        checkTransition(course, ['draft'], 'published');
        return { state: { status: 'published' as const, published_at: new Date() } };
      }),
  }),
  unpublishCourse: t.field({
    type: EditableCourseRef,
    description: 'Takes the course back to a draft, out of public sight. For publishers and admins.',
    errors: problemsOf('UnpublishCourse', PROBLEMS, 'the course, now a draft'),
    args: changeArgs(t.arg, 'course'),
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, courseKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, courseKind, args, 'unpublished', async (course) => {
        checkTransition(course, ['published', 'archived'], 'unpublished');
        return { state: { status: 'draft' as const, published_at: null } };
      }),
  }),
  archiveCourse: t.field({
    type: EditableCourseRef,
    description: 'Withdraws the course from listings, keeping it and its history. For publishers and admins.',
    errors: problemsOf('ArchiveCourse', PROBLEMS, 'the archived course'),
    args: changeArgs(t.arg, 'course'),
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, courseKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, courseKind, args, 'archived', async (course) => {
        checkTransition(course, ['draft', 'published'], 'archived');
        return { state: { status: 'archived' as const } };
      }),
  }),
}));
