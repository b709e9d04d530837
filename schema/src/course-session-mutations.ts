import type { ArgBuilder } from '@pothos/core';
import { findSessionById } from '@samverka/db/course-session-changes';
import type { CourseSession } from '@samverka/db/courses';
import type { FederationRole } from '@samverka/db/tables/accounts';
import { type BuilderTypes, builder } from './builder.js';
import { changeArgs, checkEditorMayChange, WRITERS } from './content-changes.js';
import { rolesOn, saveChange } from './content-save.js';
import type { Context } from './context.js';
import { CourseRevisionConflict, courseKind, EditableCourseRef } from './course-editing.js';
import { CourseSessionInput, toSessionValues } from './course-session-input.js';
import { encodeGlobalId, type GlobalId } from './global-id.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';

// A session is part of its course: each change to one is a revision of the course, based on the
// course's revision, and sessions are cancelled, never deleted.

const PROBLEMS = [InputProblem, NotFoundProblem, CourseRevisionConflict];

async function sessionOf(ctx: Context, id: GlobalId): Promise<CourseSession | undefined> {
  return id.typename === 'CourseSession' ? findSessionById(ctx.db, id.id) : undefined;
}

/** Scopes for a change to a session: the roles in its course's federation. */
async function rolesOnSession(ctx: Context, id: GlobalId, roles: FederationRole[]) {
  const session = await sessionOf(ctx, id);
  return session ? rolesOn(ctx, courseKind, { typename: 'Course', id: session.course_id }, roles) : { signedIn: true };
}

/** The session's course, as the change helpers take it, or a NotFound result. */
async function courseOfSession(ctx: Context, id: GlobalId): Promise<{ session: CourseSession; course: GlobalId }> {
  const session = await sessionOf(ctx, id);
  if (!session) throw new NotFoundProblem('session', 'There is no course session with this id in your federations.');
  return { session, course: { typename: 'Course', id: session.course_id } };
}

const sessionArgs = (arg: ArgBuilder<BuilderTypes>) => ({
  session: arg.globalID({ required: true, description: 'The session’s id.' }),
  basedOn: arg.int({ required: true, description: 'The revision of its course you started from.' }),
});

builder.mutationFields((t) => ({
  addCourseSession: t.field({
    type: EditableCourseRef,
    description: 'Adds a session to a course, as a new revision of the course.',
    errors: problemsOf('AddCourseSession', PROBLEMS, 'the course with its new session'),
    args: {
      ...changeArgs(t.arg, 'course'),
      input: t.arg({ type: CourseSessionInput, required: true, description: 'The session.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, courseKind, id, WRITERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, courseKind, args, 'session_added', async (course) => {
        checkEditorMayChange(ctx, course, 'course');
        return { session: { kind: 'add' as const, values: await toSessionValues(ctx, args.input) } };
      }),
  }),
  updateCourseSession: t.field({
    type: EditableCourseRef,
    description: 'Changes a session’s time, place, capacity or registration, as a new revision of its course.',
    errors: problemsOf('UpdateCourseSession', PROBLEMS, 'the course with the changed session'),
    args: {
      ...sessionArgs(t.arg),
      input: t.arg({ type: CourseSessionInput, required: true, description: 'The whole session.' }),
    },
    authScopes: (_root, args, ctx) => rolesOnSession(ctx, args.session, WRITERS),
    resolve: async (_root, args, ctx) => {
      const { session, course } = await courseOfSession(ctx, args.session);
      return saveChange(ctx, courseKind, { id: course, basedOn: args.basedOn }, 'session_updated', async (item) => {
        checkEditorMayChange(ctx, item, 'course');
        if (session.status === 'cancelled') {
          throw new InputProblem('session', 'SESSION_CANCELLED', 'This session is cancelled; add a new one instead.');
        }
        const values = await toSessionValues(ctx, args.input);
        return { session: { kind: 'update' as const, sessionId: session.id, values } };
      });
    },
  }),
  cancelCourseSession: t.field({
    type: EditableCourseRef,
    description: 'Cancels a session; it stays listed as cancelled so nobody comes for it.',
    errors: problemsOf('CancelCourseSession', PROBLEMS, 'the course with the cancelled session'),
    args: sessionArgs(t.arg),
    authScopes: (_root, args, ctx) => rolesOnSession(ctx, args.session, WRITERS),
    resolve: async (_root, args, ctx) => {
      const { session, course } = await courseOfSession(ctx, args.session);
      return saveChange(ctx, courseKind, { id: course, basedOn: args.basedOn }, 'session_cancelled', async (item) => {
        checkEditorMayChange(ctx, item, 'course');
        if (session.status === 'cancelled') {
          throw new InputProblem(
            'session',
            'SESSION_CANCELLED',
            `Session ${encodeGlobalId('CourseSession', session.id)} is already cancelled.`,
          );
        }
        return { session: { kind: 'cancel' as const, sessionId: session.id } };
      });
    },
  }),
}));
