import type { ArgBuilder } from '@pothos/core';
import { recordAudit } from '@samverka/db/audit-log';
import {
  type EditableNewsItem,
  type NewsContent,
  type NewsStateChange,
  saveNewsRevision,
} from '@samverka/db/news-editing';
import { StaleRevisionError } from '@samverka/db/revisions';
import type { FederationRole } from '@samverka/db/tables/accounts';
import type { NewsChange } from '@samverka/db/tables/news-revisions';
import type { BuilderTypes } from './builder.js';
import { conflictType, changeArgs as contentChangeArgs } from './content-changes.js';
import type { Context } from './context.js';
import type { GlobalId } from './global-id.js';
import { EditableNewsItemRef } from './news-editing.js';
import { checkReadyToPublish } from './news-input.js';
import { NotFoundProblem } from './problems.js';

/** Someone saved in between: nothing is merged; the caller gets the current version to compare with. */
export const RevisionConflict = conflictType('RevisionConflict', EditableNewsItemRef);

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

/** The arguments every change to an existing item takes. */
export function changeArgs(arg: ArgBuilder<BuilderTypes>) {
  return contentChangeArgs(arg, 'news item');
}
