import type { Federation } from '@samverka/db/federations';
import type { Context } from './context.js';
import { loadFederationBySlug } from './federation-by-slug.js';
import { NotFoundProblem } from './problems.js';

/** Scopes for managing a federation: its admins, and platform admins. */
export async function adminsOf(ctx: Context, slug: string) {
  const federation = await loadFederationBySlug(ctx, slug);
  // An unknown federation is reported by the resolver; only platform admins get that far.
  return federation
    ? { federationRole: { federationId: federation.id, roles: ['admin' as const] } }
    : { platformAdmin: true };
}

/** The federation by slug, or a NotFound result the caller can act on. */
export async function federationBySlug(ctx: Context, slug: string): Promise<Federation> {
  const federation = await loadFederationBySlug(ctx, slug);
  if (!federation) throw new NotFoundProblem('federation', `There is no federation "${slug.slice(0, 100)}".`);
  return federation;
}

export function actorId(ctx: Context): string | null {
  return ctx.viewer?.user.id ?? null;
}
