import type { ArgBuilder } from '@pothos/core';
import { recordAudit } from '@samverka/db/audit-log';
import {
  type EditableNewsItem,
  type NewsContent,
  type NewsStateChange,
  StaleRevisionError,
  saveNewsRevision,
} from '@samverka/db/news-editing';
import type { FederationRole } from '@samverka/db/tables/accounts';
import type { NewsStatus } from '@samverka/db/tables/news';
import type { NewsChange } from '@samverka/db/tables/news-revisions';
import { GraphQLError } from 'graphql';
import { type BuilderTypes, builder } from './builder.js';
import type { Context } from './context.js';
import { ErrorCode } from './errors.js';
import type { GlobalId } from './global-id.js';
import { EditableNewsItemRef } from './news-editing.js';
import { checkReadyToPublish } from './news-input.js';
import { InputProblem, NotFoundProblem, Problem, ProblemInterface } from './problems.js';

export const WRITERS: FederationRole[] = ['editor', 'publisher', 'admin'];
export const PUBLISHERS: FederationRole[] = ['publisher', 'admin'];

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

export async function itemOf(ctx: Context, id: GlobalId): Promise<EditableNewsItem | null> {
  if (id.typename !== 'NewsItem') return null;
  return (await EditableNewsItemRef.getDataloader(ctx).load(id.id)) ?? null;
}

/** Scopes for a change to an existing item: the role in the item's own federation. */
export async function rolesOnItem(ctx: Context, id: GlobalId, roles: FederationRole[]) {
  const item = await itemOf(ctx, id);
  // An unknown item is reported by the resolver, to anyone signed in.
  return item ? { federationRole: { federationId: item.federation_id, roles } } : { signedIn: true };
}

export function notFound(): NotFoundProblem {
  return new NotFoundProblem('news', 'There is no news item with this id in your federations.');
}

/** Saves one change as a revision, with its audit entry, in one transaction. */
export async function change(
  ctx: Context,
  id: GlobalId,
  basedOn: number,
  kind: NewsChange,
  build: (item: EditableNewsItem) => Promise<{ content?: NewsContent; state?: NewsStateChange }>,
): Promise<EditableNewsItem> {
  const item = await itemOf(ctx, id);
  if (!item) throw notFound();
  // The checks below look at this copy, so it must be the revision the caller started from.
  if (item.revision !== basedOn) throw new RevisionConflict(item, basedOn);
  const { content, state } = await build(item);
  const liveAfter = (state?.status ?? item.status) === 'published' || (state?.status ?? item.status) === 'scheduled';
  if (content && liveAfter) checkReadyToPublish(content.images);
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

/** Each publishing step starts from some statuses only; from any other it would do something surprising. */
export function checkTransition(item: EditableNewsItem, from: NewsStatus[], step: string): void {
  if (!from.includes(item.status)) {
    throw new InputProblem(
      'status',
      'INVALID_TRANSITION',
      `A ${item.status} item cannot be ${step}ed; it can be from ${from.join(' or ')}.`,
    );
  }
}

/** Editors write drafts only: changing what the public already sees is publishing. */
export function checkEditorMayChange(ctx: Context, item: EditableNewsItem): void {
  if (item.status === 'draft') return;
  const role = ctx.viewer?.roles.get(item.federation_id);
  if (ctx.viewer?.user.is_platform_admin || (role && PUBLISHERS.includes(role))) return;
  throw new GraphQLError('Only publishers change a news item that is scheduled, published or archived.', {
    extensions: { code: ErrorCode.FORBIDDEN },
  });
}

/** The arguments every change to an existing item takes. */
export function changeArgs(arg: ArgBuilder<BuilderTypes>) {
  return {
    id: arg.globalID({ required: true, description: 'The news item’s id.' }),
    basedOn: arg.int({ required: true, description: 'The revision you started from (or reviewed).' }),
  };
}
