import type { ArgBuilder, ObjectRef } from '@pothos/core';
import type { FederationRole } from '@samverka/db/tables/accounts';
import { GraphQLError } from 'graphql';
import { authScopes } from './auth/scopes.js';
import { type BuilderTypes, builder } from './builder.js';
import type { Context } from './context.js';
import { ErrorCode } from './errors.js';
import { loadFederationBySlug } from './federation-by-slug.js';
import { checkSlug } from './inputs.js';
import { InputProblem, Problem, ProblemInterface } from './problems.js';

/** Who writes a federation's content (drafts), and who decides what the public sees. */
export const WRITERS: FederationRole[] = ['editor', 'publisher', 'admin'];
export const PUBLISHERS: FederationRole[] = ['publisher', 'admin'];

export interface ConflictClass<Item> {
  new (current: Item, basedOn: number): Problem & { current: Item; basedOn: number };
}

/**
 * A typed result for "someone saved in between": nothing is merged; the caller gets the current
 * version to compare with. One per kind, since each carries its own kind of `current`.
 */
export function conflictType<Item extends { revision: number }>(
  name: string,
  ref: ObjectRef<BuilderTypes, Item | string, Item>,
): ConflictClass<Item> {
  class Conflict extends Problem {
    constructor(
      readonly current: Item,
      readonly basedOn: number,
    ) {
      super(
        'REVISION_CONFLICT',
        `Someone saved revision ${current.revision} after the revision ${basedOn} you started from. Compare, then save again based on ${current.revision}.`,
      );
    }
  }
  // Pothos cannot resolve its output types for a type parameter; every Item is at least this.
  const currentRef = ref as unknown as ObjectRef<BuilderTypes, { revision: number }>;
  builder.objectType(Conflict, {
    name,
    description: 'It changed since you loaded it. Nothing was saved; both versions are still there.',
    interfaces: [ProblemInterface],
    isTypeOf: (value) => value instanceof Conflict,
    fields: (t) => ({
      basedOn: t.exposeInt('basedOn', { description: 'The revision you started from.' }),
      current: t.field({ type: currentRef, description: 'How it is now.', resolve: (conflict) => conflict.current }),
    }),
  });
  return Conflict;
}

/** Each publishing step (`step`, e.g. "published") starts from some statuses only; from any other it would surprise. */
export function checkTransition<Status extends string>(item: { status: Status }, from: Status[], step: string): void {
  if (!from.includes(item.status)) {
    throw new InputProblem(
      'status',
      'INVALID_TRANSITION',
      `A ${item.status} item cannot be ${step}; only one that is ${from.join(' or ')}.`,
    );
  }
}

/** Editors write drafts only: changing what the public already sees is publishing. */
export function checkEditorMayChange(ctx: Context, item: { status: string; federation_id: string }, noun: string) {
  if (item.status === 'draft') return;
  const role = ctx.viewer?.roles.get(item.federation_id);
  if (ctx.viewer?.user.is_platform_admin || (role && PUBLISHERS.includes(role))) return;
  throw new GraphQLError(`Only publishers change a ${noun} that is no longer a draft.`, {
    extensions: { code: ErrorCode.FORBIDDEN },
  });
}

/** Scopes for creating something in a federation named by slug: the roles there. */
export async function rolesInFederation(ctx: Context, slug: string, roles: FederationRole[]) {
  const federation = await loadFederationBySlug(ctx, checkSlug('federation', slug) ?? '');
  // An unknown federation is reported by the resolver, to anyone signed in.
  return federation ? { federationRole: { federationId: federation.id, roles } } : { signedIn: true };
}

/** Scopes for reading a federation's unpublished content: its people; an unknown slug lists nothing. */
export async function readersInFederation(ctx: Context, slug: string) {
  const federation = await loadFederationBySlug(ctx, checkSlug('federation', slug) ?? '');
  return federation ? { federationRole: { federationId: federation.id, roles: WRITERS } } : { platformAdmin: true };
}

/**
 * Field scopes for what only an item's own federation sees (its revisions): its
 * writers; platform admins for an item of no federation. An item can be reached from another
 * federation's (a published course named as a prerequisite), so its own federation is what counts.
 */
export function ownPeopleOf(federationId: string | null) {
  return federationId ? { federationRole: { federationId, roles: WRITERS } } : { platformAdmin: true };
}

/** The same rule as `ownPeopleOf`, answered in a resolver that filters rather than refuses. */
export function isOwnPerson(ctx: Context, federationId: string | null): boolean {
  const scopes = authScopes(ctx);
  return federationId ? scopes.federationRole({ federationId, roles: WRITERS }) : scopes.platformAdmin;
}

/** The arguments every change to an existing item takes. */
export function changeArgs(arg: ArgBuilder<BuilderTypes>, noun: string) {
  return {
    id: arg.globalID({ required: true, description: `The ${noun}’s id.` }),
    basedOn: arg.int({ required: true, description: 'The revision you started from (or reviewed).' }),
  };
}

/** 1 to 100, 50 when left out. */
export function listLimit(limit: number | null | undefined): number {
  return Math.min(Math.max(limit ?? 50, 1), 100);
}
