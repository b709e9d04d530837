import { builder } from './builder.js';
import { changeArgs, checkTransition, PUBLISHERS } from './content-changes.js';
import { rolesOn, saveChange } from './content-save.js';
import { EditableEventRef, EventRevisionConflict, eventKind } from './event-editing.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';

const PROBLEMS = [InputProblem, NotFoundProblem, EventRevisionConflict];

builder.mutationFields((t) => ({
  publishEvent: t.field({
    type: EditableEventRef,
    description: 'Makes the event public now. For publishers and admins.',
    errors: problemsOf('PublishEvent', PROBLEMS, 'the published event'),
    args: changeArgs(t.arg, 'event'),
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, eventKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, eventKind, args, 'published', async (event) => {
        checkTransition(event, ['draft'], 'published');
        return { state: { status: 'published' as const, published_at: new Date() } };
      }),
  }),
  unpublishEvent: t.field({
    type: EditableEventRef,
    description: 'Takes the event back to a draft, out of public sight. For publishers and admins.',
    errors: problemsOf('UnpublishEvent', PROBLEMS, 'the event, now a draft'),
    args: changeArgs(t.arg, 'event'),
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, eventKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, eventKind, args, 'unpublished', async (event) => {
        checkTransition(event, ['published', 'cancelled', 'archived'], 'unpublished');
        return { state: { status: 'draft' as const, published_at: null } };
      }),
  }),
  cancelEvent: t.field({
    type: EditableEventRef,
    description: 'Calls the event off; it stays listed, marked as cancelled, so nobody travels to it.',
    errors: problemsOf('CancelEvent', PROBLEMS, 'the cancelled event'),
    args: changeArgs(t.arg, 'event'),
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, eventKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, eventKind, args, 'cancelled', async (event) => {
        checkTransition(event, ['published'], 'cancelled');
        return { state: { status: 'cancelled' as const } };
      }),
  }),
  archiveEvent: t.field({
    type: EditableEventRef,
    description: 'Withdraws the event from listings, keeping it and its history. For publishers and admins.',
    errors: problemsOf('ArchiveEvent', PROBLEMS, 'the archived event'),
    args: changeArgs(t.arg, 'event'),
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, eventKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, eventKind, args, 'archived', async (event) => {
        checkTransition(event, ['draft', 'published', 'cancelled'], 'archived');
        return { state: { status: 'archived' as const } };
      }),
  }),
}));
