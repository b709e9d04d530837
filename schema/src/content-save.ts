import { recordAudit } from '@samverka/db/audit-log';
import type { Database } from '@samverka/db/database';
import { StaleRevisionError, type Versioned } from '@samverka/db/revisions';
import type { FederationRole } from '@samverka/db/tables/accounts';
import type DataLoader from 'dataloader';
import type { Transaction } from 'kysely';
import type { ConflictClass } from './content-changes.js';
import type { Context } from './context.js';
import type { GlobalId } from './global-id.js';
import { NotFoundProblem } from './problems.js';

type Owned = Versioned & { federation_id: string | null };

/** A kind of content with revisions (news, course, event, contact), as the change helpers need to know it. */
export interface EditableKind<Item extends Owned, Write, Change extends string = string> {
  /** A short key: NotFound's `what`, and audit actions are `<key>.<change>`, e.g. "news.published". */
  key: string;
  /** In messages, e.g. "news item". */
  noun: string;
  /** The type name in its global ids. */
  typename: string;
  /** The audit log's subject type, e.g. "news_item". */
  subjectType: string;
  loader(ctx: Context): DataLoader<string, Item>;
  save(
    tx: Transaction<Database>,
    input: { id: string; basedOn: number; authorId: string | null; change: Change } & Write,
  ): Promise<Item | undefined>;
  Conflict: ConflictClass<Item>;
}

export async function itemOf<I extends Owned, W, C extends string>(
  ctx: Context,
  kind: EditableKind<I, W, C>,
  id: GlobalId,
): Promise<I | null> {
  if (id.typename !== kind.typename) return null;
  return (await kind.loader(ctx).load(id.id)) ?? null;
}

/**
 * Scopes for a change to an existing item: the role in the item's own federation. An item of no
 * federation (a municipality's contact) is for platform admins.
 */
export async function rolesOn<I extends Owned, W, C extends string>(
  ctx: Context,
  kind: EditableKind<I, W, C>,
  id: GlobalId,
  roles: FederationRole[],
) {
  const item = await itemOf(ctx, kind, id);
  // An unknown item is reported by the resolver, to anyone signed in.
  if (!item) return { signedIn: true };
  return item.federation_id ? { federationRole: { federationId: item.federation_id, roles } } : { platformAdmin: true };
}

function notFound(kind: { key: string; noun: string }): NotFoundProblem {
  return new NotFoundProblem(kind.key, `There is no ${kind.noun} with this id in your federations.`);
}

/** Saves one change as a revision, with its audit entry, in one transaction. */
export async function saveChange<I extends Owned, W, C extends string>(
  ctx: Context,
  kind: EditableKind<I, W, C>,
  args: { id: GlobalId; basedOn: number },
  change: C,
  build: (item: I) => Promise<NoInfer<W>>,
): Promise<I> {
  const item = await itemOf(ctx, kind, args.id);
  if (!item) throw notFound(kind);
  // The checks in `build` look at this copy, so it must be the revision the caller started from.
  if (item.revision !== args.basedOn) throw new kind.Conflict(item, args.basedOn);
  const write = await build(item);
  const actorId = ctx.viewer?.user.id ?? null;
  try {
    const saved = await ctx.db.transaction().execute(async (tx) => {
      const result = await kind.save(tx, { id: item.id, basedOn: args.basedOn, authorId: actorId, change, ...write });
      if (!result) throw notFound(kind);
      await recordAudit(tx, {
        actorId,
        action: `${kind.key}.${change}`,
        subjectType: kind.subjectType,
        subjectId: item.id,
        federationId: item.federation_id,
        details: { revision: result.revision, status: result.status },
      });
      return result;
    });
    kind.loader(ctx).clear(item.id).prime(item.id, saved);
    return saved;
  } catch (error) {
    if (error instanceof StaleRevisionError) throw new kind.Conflict(error.current as I, args.basedOn);
    throw error;
  }
}

/** Creates an item with its audit entry in one transaction. */
export async function saveNew<I extends Owned, W, C extends string>(
  ctx: Context,
  kind: EditableKind<I, W, C>,
  create: (tx: Transaction<Database>) => Promise<I>,
): Promise<I> {
  const actorId = ctx.viewer?.user.id ?? null;
  const created = await ctx.db.transaction().execute(async (tx) => {
    const item = await create(tx);
    await recordAudit(tx, {
      actorId,
      action: `${kind.key}.created`,
      subjectType: kind.subjectType,
      subjectId: item.id,
      federationId: item.federation_id,
      details: { revision: item.revision, status: item.status },
    });
    return item;
  });
  kind.loader(ctx).prime(created.id, created);
  return created;
}
