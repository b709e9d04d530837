import type { FederationRole } from '@samverka/db/tables/accounts';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';

export interface FederationRoleScope {
  federationId: string;
  roles: readonly FederationRole[];
}

/** Every scope a field may ask for, answered from the caller's token; no extra queries. */
export function authScopes(ctx: Context) {
  const viewer = ctx.viewer;
  const platformAdmin = viewer?.user.is_platform_admin ?? false;
  return {
    signedIn: viewer !== null,
    platformAdmin,
    federationRole: ({ federationId, roles }: FederationRoleScope) => {
      if (platformAdmin) return true;
      const role = viewer?.roles.get(federationId);
      return role !== undefined && roles.includes(role);
    },
    self: (userId: string) => viewer?.user.id === userId,
  };
}

/** Anonymous callers are told to log in; signed-in ones that they lack the role. */
export function refusal(ctx: Context): GraphQLError {
  return ctx.viewer
    ? new GraphQLError('You do not have the role this needs in this federation.', {
        extensions: { code: ErrorCode.FORBIDDEN },
      })
    : new GraphQLError('Log in first: this needs a bearer token.', {
        extensions: { code: ErrorCode.UNAUTHENTICATED },
      });
}
