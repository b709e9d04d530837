import { createNewsDraft, listEditableNews } from '@samverka/db/news-editing';
import { findNewsRevision } from '@samverka/db/news-revisions';
import { requireViewer } from './auth/viewer.js';
import { builder } from './builder.js';
import { checkEditorMayChange, listLimit, readersInFederation, rolesInFederation, WRITERS } from './content-changes.js';
import { itemOf, rolesOn, saveChange, saveNew } from './content-save.js';
import { federationBySlug } from './federation-admin.js';
import { loadFederationBySlug } from './federation-by-slug.js';
import { changeArgs, checkContentForStatus, newsKind, RevisionConflict } from './news-changes.js';
import { EditableNewsItemRef, NewsStatusEnum } from './news-editing.js';
import { NewsInput, revisionAsInput, toNewsContent } from './news-input.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';

builder.queryFields((t) => ({
  editableNewsItem: t.field({
    type: EditableNewsItemRef,
    nullable: true,
    description: 'A news item in any status, for the people of its federation; null when there is none.',
    args: { id: t.arg.globalID({ required: true, description: 'The news item’s id.' }) },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, newsKind, id, WRITERS),
    resolve: (_root, { id }, ctx) => itemOf(ctx, newsKind, id),
  }),
  editableNews: t.field({
    type: [EditableNewsItemRef],
    description: 'A federation’s news in the given statuses (all when left out), last saved first. For its people.',
    args: {
      federation: t.arg.string({ required: true, description: 'The federation’s slug.' }),
      statuses: t.arg({ type: [NewsStatusEnum], description: 'Which statuses; all when left out.' }),
      limit: t.arg.int({ defaultValue: 50, description: '1 to 100.' }),
    },
    authScopes: (_root, args, ctx) => readersInFederation(ctx, args.federation),
    resolve: async (_root, args, ctx) => {
      const federation = await loadFederationBySlug(ctx, args.federation);
      if (!federation) return [];
      return listEditableNews(ctx.db, federation.id, args.statuses ?? [], listLimit(args.limit));
    },
  }),
}));

builder.mutationFields((t) => ({
  createNewsDraft: t.field({
    type: EditableNewsItemRef,
    description: 'Starts a news item as a draft of the federation. For its editors, publishers and admins.',
    errors: problemsOf('CreateNewsDraft', [InputProblem, NotFoundProblem], 'the new draft'),
    args: {
      federation: t.arg.string({ required: true, description: 'The publishing federation’s slug.' }),
      input: t.arg({ type: NewsInput, required: true, description: 'The content.' }),
    },
    authScopes: (_root, args, ctx) => rolesInFederation(ctx, args.federation, WRITERS),
    resolve: async (_root, args, ctx) => {
      const federation = await federationBySlug(ctx, args.federation);
      const authorId = requireViewer(ctx).user.id;
      const content = await toNewsContent(ctx, federation.id, args.input);
      return saveNew(ctx, newsKind, (tx) => createNewsDraft(tx, federation.id, authorId, content));
    },
  }),
  updateNews: t.field({
    type: EditableNewsItemRef,
    description: 'Saves new content as a new revision. Refused as a conflict when someone saved after `basedOn`.',
    errors: problemsOf('UpdateNews', [InputProblem, NotFoundProblem, RevisionConflict], 'the saved item'),
    args: {
      ...changeArgs(t.arg),
      input: t.arg({ type: NewsInput, required: true, description: 'The whole new content.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, newsKind, id, WRITERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, newsKind, args, 'updated', async (item) => {
        checkEditorMayChange(ctx, item, 'news item');
        const content = await toNewsContent(ctx, item.federation_id, args.input, item.contact_id);
        return { content: checkContentForStatus(item, content) };
      }),
  }),
  restoreNewsRevision: t.field({
    type: EditableNewsItemRef,
    description: 'Brings back the content of an earlier revision, as a new revision; the status stays as it is.',
    errors: problemsOf('RestoreNewsRevision', [InputProblem, NotFoundProblem, RevisionConflict], 'the restored item'),
    args: {
      ...changeArgs(t.arg),
      revision: t.arg.int({ required: true, description: 'The earlier revision to bring back.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOn(ctx, newsKind, id, WRITERS),
    resolve: (_root, args, ctx) =>
      saveChange(ctx, newsKind, args, 'restored', async (item) => {
        checkEditorMayChange(ctx, item, 'news item');
        const old = await findNewsRevision(ctx.db, item.id, args.revision);
        if (!old) throw new NotFoundProblem('revision', `This item has no revision ${args.revision}.`);
        // Old content passes today's checks again: the sanitiser, topics, municipalities, contact.
        const content = await toNewsContent(ctx, item.federation_id, await revisionAsInput(ctx, old), item.contact_id);
        return { content: checkContentForStatus(item, content) };
      }),
  }),
}));
