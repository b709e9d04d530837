import { recordAudit } from '@samverka/db/audit-log';
import { findFederationBySlug } from '@samverka/db/federations';
import {
  createNewsDraft,
  type EditableNewsItem,
  findNewsRevision,
  listEditableNews,
  type NewsStateChange,
  StaleRevisionError,
  saveNewsRevision,
} from '@samverka/db/news-editing';
import type { FederationRole } from '@samverka/db/tables/accounts';
import type { NewsChange } from '@samverka/db/tables/news-revisions';
import { GraphQLError } from 'graphql';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { ErrorCode } from './errors.js';
import type { GlobalId } from './global-id.js';
import { checkSlug } from './inputs.js';
import { EditableNewsItemRef, NewsStatusEnum } from './news-editing.js';
import { checkReadyToPublish, NewsInput, type NewsInputValue, toNewsContent } from './news-input.js';
import { InputProblem, NotFoundProblem, Problem, ProblemInterface, problemsOf } from './problems.js';

const WRITERS: FederationRole[] = ['editor', 'publisher', 'admin'];
const PUBLISHERS: FederationRole[] = ['publisher', 'admin'];

/** Someone saved in between: nothing is merged; the caller gets the current version to compare with. */
export class RevisionConflict extends Problem {
  constructor(
    readonly current: EditableNewsItem,
    readonly basedOn: number,
  ) {
    super(
      'REVISION_CONFLICT',
      `Someone saved revision ${current.revision} after the revision ${basedOn} you started from. Compare, then save again based on ${current.revision}.`,
    );
  }
}

builder.objectType(RevisionConflict, {
  name: 'RevisionConflict',
  description: 'The item changed since you loaded it. Nothing was saved; both versions are still there.',
  interfaces: [ProblemInterface],
  isTypeOf: (value) => value instanceof RevisionConflict,
  fields: (t) => ({
    basedOn: t.exposeInt('basedOn', { description: 'The revision you started from.' }),
    current: t.field({ type: EditableNewsItemRef, description: 'The item as it is now.', resolve: (c) => c.current }),
  }),
});

async function itemOf(ctx: Context, id: GlobalId): Promise<EditableNewsItem | null> {
  if (id.typename !== 'NewsItem') return null;
  return (await EditableNewsItemRef.getDataloader(ctx).load(id.id)) ?? null;
}

/** Scopes for a change to an existing item: the role in the item's own federation. */
async function rolesOnItem(ctx: Context, id: GlobalId, roles: FederationRole[]) {
  const item = await itemOf(ctx, id);
  // An unknown item is reported by the resolver, to anyone signed in.
  return item ? { federationRole: { federationId: item.federation_id, roles } } : { signedIn: true };
}

function notFound(): NotFoundProblem {
  return new NotFoundProblem('news', 'There is no news item with this id in your federations.');
}

/** Saves one change as a revision, with its audit entry, in one transaction. */
async function change(
  ctx: Context,
  id: GlobalId,
  basedOn: number,
  kind: NewsChange,
  build: (
    item: EditableNewsItem,
  ) => Promise<{ content?: Awaited<ReturnType<typeof toNewsContent>>; state?: NewsStateChange }>,
): Promise<EditableNewsItem> {
  const item = await itemOf(ctx, id);
  if (!item) throw notFound();
  const { content, state } = await build(item);
  const actorId = ctx.viewer?.user.id ?? null;
  try {
    const saved = await ctx.db.transaction().execute(async (tx) => {
      const result = await saveNewsRevision(tx, {
        id: item.id,
        basedOn,
        authorId: actorId,
        change: kind,
        content,
        state,
      });
      if (!result) throw notFound();
      await recordAudit(tx, {
        actorId,
        action: `news.${kind}`,
        subjectType: 'news_item',
        subjectId: item.id,
        federationId: item.federation_id,
        details: { revision: result.revision, status: result.status },
      });
      return result;
    });
    EditableNewsItemRef.getDataloader(ctx).clear(item.id).prime(item.id, saved);
    return saved;
  } catch (error) {
    if (error instanceof StaleRevisionError) throw new RevisionConflict(error.current, error.basedOn);
    throw error;
  }
}

/** Editors write drafts only: changing what the public already sees is publishing. */
function checkEditorMayChange(ctx: Context, item: EditableNewsItem): void {
  if (item.status === 'draft') return;
  const role = ctx.viewer?.roles.get(item.federation_id);
  if (ctx.viewer?.user.is_platform_admin || (role && PUBLISHERS.includes(role))) return;
  throw new GraphQLError('Only publishers change a news item that is scheduled, published or archived.', {
    extensions: { code: ErrorCode.FORBIDDEN },
  });
}

builder.queryFields((t) => ({
  editableNewsItem: t.field({
    type: EditableNewsItemRef,
    nullable: true,
    description: 'A news item in any status, for the people of its federation; null when there is none.',
    args: { id: t.arg.globalID({ required: true, description: 'The news item’s id.' }) },
    authScopes: (_root, { id }, ctx) => rolesOnItem(ctx, id, WRITERS),
    resolve: (_root, { id }, ctx) => itemOf(ctx, id),
  }),
  editableNews: t.field({
    type: [EditableNewsItemRef],
    description: 'A federation’s news in the given statuses (all when left out), last saved first. For its people.',
    args: {
      federation: t.arg.string({ required: true, description: 'The federation’s slug.' }),
      statuses: t.arg({ type: [NewsStatusEnum], description: 'Which statuses; all when left out.' }),
      limit: t.arg.int({ defaultValue: 50, description: '1 to 100.' }),
    },
    authScopes: async (_root, args, ctx) => {
      const federation = await findFederationBySlug(ctx.db, checkSlug('federation', args.federation) ?? '');
      return federation ? { federationRole: { federationId: federation.id, roles: WRITERS } } : { platformAdmin: true };
    },
    resolve: async (_root, args, ctx) => {
      const federation = await findFederationBySlug(ctx.db, args.federation);
      if (!federation) return [];
      const limit = Math.min(Math.max(args.limit ?? 50, 1), 100);
      return listEditableNews(ctx.db, federation.id, args.statuses ?? [], limit);
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
    authScopes: async (_root, args, ctx) => {
      const federation = await findFederationBySlug(ctx.db, checkSlug('federation', args.federation) ?? '');
      return federation ? { federationRole: { federationId: federation.id, roles: WRITERS } } : { signedIn: true };
    },
    resolve: async (_root, args, ctx) => {
      const federation = await findFederationBySlug(ctx.db, args.federation);
      if (!federation) throw new NotFoundProblem('federation', `There is no federation "${args.federation}".`);
      const authorId = ctx.viewer?.user.id;
      if (!authorId) throw new Error('A signed-in field ran without a viewer.');
      const content = await toNewsContent(ctx, federation.id, args.input as NewsInputValue);
      return ctx.db.transaction().execute(async (tx) => {
        const draft = await createNewsDraft(tx, federation.id, authorId, content);
        await recordAudit(tx, {
          actorId: authorId,
          action: 'news.created',
          subjectType: 'news_item',
          subjectId: draft.id,
          federationId: federation.id,
          details: { revision: draft.revision },
        });
        return draft;
      });
    },
  }),
  updateNews: t.field({
    type: EditableNewsItemRef,
    description: 'Saves new content as a new revision. Refused as a conflict when someone saved after `basedOn`.',
    errors: problemsOf('UpdateNews', [InputProblem, NotFoundProblem, RevisionConflict], 'the saved item'),
    args: {
      id: t.arg.globalID({ required: true, description: 'The news item’s id.' }),
      basedOn: t.arg.int({ required: true, description: 'The revision the edit started from.' }),
      input: t.arg({ type: NewsInput, required: true, description: 'The whole new content.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOnItem(ctx, id, WRITERS),
    resolve: (_root, args, ctx) =>
      change(ctx, args.id, args.basedOn, 'updated', async (item) => {
        checkEditorMayChange(ctx, item);
        return { content: await toNewsContent(ctx, item.federation_id, args.input as NewsInputValue) };
      }),
  }),
  publishNews: t.field({
    type: EditableNewsItemRef,
    description: 'Makes the item public now. For publishers and admins; every image needs alt text.',
    errors: problemsOf('PublishNews', [InputProblem, NotFoundProblem, RevisionConflict], 'the published item'),
    args: {
      id: t.arg.globalID({ required: true, description: 'The news item’s id.' }),
      basedOn: t.arg.int({ required: true, description: 'The revision you reviewed.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOnItem(ctx, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      change(ctx, args.id, args.basedOn, 'published', async (item) => {
        checkReadyToPublish(item.images);
        return { state: { status: 'published', published_at: new Date(), scheduled_for: null } };
      }),
  }),
  scheduleNews: t.field({
    type: EditableNewsItemRef,
    description: 'Publishes the item by itself at a later time, even across restarts. For publishers and admins.',
    errors: problemsOf('ScheduleNews', [InputProblem, NotFoundProblem, RevisionConflict], 'the scheduled item'),
    args: {
      id: t.arg.globalID({ required: true, description: 'The news item’s id.' }),
      basedOn: t.arg.int({ required: true, description: 'The revision you reviewed.' }),
      at: t.arg({ type: 'DateTime', required: true, description: 'When to publish; in the future.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOnItem(ctx, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      change(ctx, args.id, args.basedOn, 'scheduled', async (item) => {
        if (args.at.getTime() <= Date.now()) {
          throw new InputProblem('at', 'NOT_IN_FUTURE', 'Choose a time in the future, or publish now.');
        }
        checkReadyToPublish(item.images);
        return { state: { status: 'scheduled', scheduled_for: args.at, published_at: null } };
      }),
  }),
  unpublishNews: t.field({
    type: EditableNewsItemRef,
    description: 'Takes the item back to a draft (also cancels a schedule). For publishers and admins.',
    errors: problemsOf('UnpublishNews', [NotFoundProblem, RevisionConflict], 'the item, now a draft'),
    args: {
      id: t.arg.globalID({ required: true, description: 'The news item’s id.' }),
      basedOn: t.arg.int({ required: true, description: 'The revision you reviewed.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOnItem(ctx, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      change(ctx, args.id, args.basedOn, 'unpublished', async () => ({
        state: { status: 'draft', published_at: null, scheduled_for: null },
      })),
  }),
  archiveNews: t.field({
    type: EditableNewsItemRef,
    description: 'Withdraws the item from listings for good, keeping it and its history. For publishers and admins.',
    errors: problemsOf('ArchiveNews', [NotFoundProblem, RevisionConflict], 'the archived item'),
    args: {
      id: t.arg.globalID({ required: true, description: 'The news item’s id.' }),
      basedOn: t.arg.int({ required: true, description: 'The revision you reviewed.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOnItem(ctx, id, PUBLISHERS),
    resolve: (_root, args, ctx) =>
      change(ctx, args.id, args.basedOn, 'archived', async () => ({
        state: { status: 'archived', scheduled_for: null },
      })),
  }),
  restoreNewsRevision: t.field({
    type: EditableNewsItemRef,
    description: 'Brings back the content of an earlier revision, as a new revision; the status stays as it is.',
    errors: problemsOf('RestoreNewsRevision', [NotFoundProblem, RevisionConflict], 'the restored item'),
    args: {
      id: t.arg.globalID({ required: true, description: 'The news item’s id.' }),
      basedOn: t.arg.int({ required: true, description: 'The revision the item is at now.' }),
      revision: t.arg.int({ required: true, description: 'The earlier revision to bring back.' }),
    },
    authScopes: (_root, { id }, ctx) => rolesOnItem(ctx, id, WRITERS),
    resolve: (_root, args, ctx) =>
      change(ctx, args.id, args.basedOn, 'restored', async (item) => {
        checkEditorMayChange(ctx, item);
        const old = await findNewsRevision(ctx.db, item.id, args.revision);
        if (!old) throw new NotFoundProblem('revision', `This item has no revision ${args.revision}.`);
        return {
          content: {
            title: old.title,
            summary: old.summary,
            bodyHtml: old.body_html,
            images: old.images,
            language: old.language,
            contactId: old.contact_id,
            topicIds: old.topic_ids,
            municipalityIds: old.municipality_ids,
          },
        };
      }),
  }),
}));
