import { builder } from './builder.js';
import { checkTransition, PUBLISHERS } from './content-changes.js';
import { rolesOn, saveChange } from './content-save.js';
import { changeArgs, newsKind, RevisionConflict } from './news-changes.js';
import { EditableNewsItemRef } from './news-editing.js';
import { checkReadyToPublish } from './news-input.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';

builder.mutationFields((t) => ({
  publishNews: t.field({
    type: EditableNewsItemRef,
    description: 'Makes the item public now. For publishers and admins; every image needs alt text.',
    errors: problemsOf('PublishNews', [InputProblem, NotFoundProblem, RevisionConflict], 'the published item'),
    args: changeArgs(t.arg),
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, newsKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, newsKind, args, 'published', async (item) => {
        checkTransition(item, ['draft', 'scheduled'], 'published');
        checkReadyToPublish(item.images);
        return { state: { status: 'published' as const, published_at: new Date(), scheduled_for: null } };
      }),
  }),
  scheduleNews: t.field({
    type: EditableNewsItemRef,
    description: 'Publishes the item by itself at a later time, even across restarts. For publishers and admins.',
    errors: problemsOf('ScheduleNews', [InputProblem, NotFoundProblem, RevisionConflict], 'the scheduled item'),
    args: {
      ...changeArgs(t.arg),
      at: t.arg({ type: 'DateTime', required: true, description: 'When to publish; in the future.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, newsKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, newsKind, args, 'scheduled', async (item) => {
        checkTransition(item, ['draft', 'scheduled'], 'scheduled');
        if (args.at.getTime() <= Date.now()) {
          throw new InputProblem('at', 'NOT_IN_FUTURE', 'Choose a time in the future, or publish now.');
        }
        checkReadyToPublish(item.images);
        return { state: { status: 'scheduled' as const, scheduled_for: args.at, published_at: null } };
      }),
  }),
  unpublishNews: t.field({
    type: EditableNewsItemRef,
    description: 'Takes the item back to a draft (also cancels a schedule). For publishers and admins.',
    errors: problemsOf('UnpublishNews', [InputProblem, NotFoundProblem, RevisionConflict], 'the item, now a draft'),
    args: changeArgs(t.arg),
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, newsKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, newsKind, args, 'unpublished', async (item) => {
        checkTransition(item, ['scheduled', 'published', 'archived'], 'unpublished');
        return { state: { status: 'draft' as const, published_at: null, scheduled_for: null } };
      }),
  }),
  archiveNews: t.field({
    type: EditableNewsItemRef,
    description: 'Withdraws the item from listings for good, keeping it and its history. For publishers and admins.',
    errors: problemsOf('ArchiveNews', [InputProblem, NotFoundProblem, RevisionConflict], 'the archived item'),
    args: changeArgs(t.arg),
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, newsKind, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, newsKind, args, 'archived', async (item) => {
        checkTransition(item, ['draft', 'scheduled', 'published'], 'archived');
        return { state: { status: 'archived' as const, scheduled_for: null } };
      }),
  }),
}));
