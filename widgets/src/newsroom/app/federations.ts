import type { Viewer } from '../api/account-queries.js';
import { FEDERATION_CHOICES, type FederationChoice, type FederationChoicesPage } from '../api/federation-queries.js';
import type { NewsroomContext } from './context.js';

/** What the user is to do in the federation: write drafts (any role), publish (publisher or admin), administer. */
export type FederationNeed = 'write' | 'publish' | 'admin';

type Role = Viewer['roles'][number]['role'];

const ROLES_FOR: Record<FederationNeed, Role[]> = {
  write: ['EDITOR', 'PUBLISHER', 'ADMIN'],
  publish: ['PUBLISHER', 'ADMIN'],
  admin: ['ADMIN'],
};

/** Whether the user may do `need` in the federation: a platform admin everywhere, others by their role there. */
export function mayWorkIn(viewer: Viewer, federation: string, need: FederationNeed): boolean {
  if (viewer.isPlatformAdmin) return true;
  const role = viewer.roles.find((grant) => grant.federation.slug === federation)?.role;
  return role !== undefined && ROLES_FOR[need].includes(role);
}

/** Every federation, asked once per session: the views of one session share the answer. */
let everyFederation: { token: string; federations: Promise<FederationChoice[]> } | undefined;

async function fetchEveryFederation(ctx: NewsroomContext): Promise<FederationChoice[]> {
  const federations: FederationChoice[] = [];
  let after: string | null = null;
  do {
    const page: FederationChoicesPage = await ctx.api<FederationChoicesPage>(FEDERATION_CHOICES, { after });
    federations.push(...page.federations.edges.map((edge) => edge.node));
    after = page.federations.pageInfo.hasNextPage ? page.federations.pageInfo.endCursor : null;
  } while (after);
  return federations;
}

function allFederations(ctx: NewsroomContext): Promise<FederationChoice[]> {
  const { token } = ctx.session;
  if (everyFederation?.token === token) return everyFederation.federations;
  const federations = fetchEveryFederation(ctx);
  everyFederation = { token, federations };
  // A failed answer is not kept: the next view asks again.
  federations.catch(() => {
    if (everyFederation?.federations === federations) everyFederation = undefined;
  });
  return federations;
}

/**
 * The federations the user may work in for `need`, by name: every one for a platform admin (the API
 * allows them everything), else those of the user's roles that allow it, without a request.
 */
export async function federationsFor(ctx: NewsroomContext, need: FederationNeed): Promise<FederationChoice[]> {
  const { viewer, language } = ctx;
  const federations = viewer.isPlatformAdmin
    ? await allFederations(ctx)
    : viewer.roles.filter((grant) => ROLES_FOR[need].includes(grant.role)).map((grant) => grant.federation);
  const collator = new Intl.Collator(language === 'en' ? 'en-GB' : 'sv-SE');
  return [...federations].sort((one, other) => collator.compare(one.name, other.name));
}

/** Where a view starts: a federation the user holds a role in (a platform admin's own), else the first by name. */
export function startingFederation(ctx: NewsroomContext, federations: FederationChoice[]): string {
  const own = federations.find((each) => ctx.viewer.roles.some((grant) => grant.federation.slug === each.slug));
  return (own ?? federations[0])?.slug ?? '';
}
