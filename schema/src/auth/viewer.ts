import { findUserByTokenHash } from '@samverka/db/access-tokens';
import type { Database } from '@samverka/db/database';
import { findRolesOfUsers } from '@samverka/db/federation-roles';
import type { FederationRole, TokenKind } from '@samverka/db/tables/accounts';
import type { User } from '@samverka/db/users';
import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import { ErrorCode } from '../errors.js';
import { hashToken, looksLikeToken } from './tokens.js';

/** Who is calling: the user behind the bearer token, and their role in each federation. */
export interface Viewer {
  user: User;
  tokenId: string;
  /** A session from a login, or a personal token from a script. */
  tokenKind: TokenKind;
  roles: ReadonlyMap<string, FederationRole>;
}

// RFC 6750: a refused bearer token is answered 401 with a challenge naming the scheme.
const unauthenticated = (message: string) =>
  new GraphQLError(message, {
    extensions: {
      code: ErrorCode.UNAUTHENTICATED,
      http: { status: 401, headers: new Map([['www-authenticate', 'Bearer realm="samverka"']]) },
    },
  });

/**
 * Resolves `Authorization: Bearer <token>`. No header means an anonymous caller; a header with a
 * token that is malformed, unknown, expired or revoked is refused outright rather than silently
 * treated as anonymous, so a client learns at once that its token stopped working.
 */
export async function resolveViewer(db: Kysely<Database>, authorization: string | undefined): Promise<Viewer | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const token = match?.[1];
  if (!token || !looksLikeToken(token)) {
    throw unauthenticated('The Authorization header must be "Bearer " followed by a Samverka token (svk_…).');
  }
  const found = await findUserByTokenHash(db, hashToken(token));
  if (!found) throw unauthenticated('This token is not valid: it may have expired or been revoked. Log in again.');
  const roles = await findRolesOfUsers(db, [found.user.id]);
  return {
    user: found.user,
    tokenId: found.tokenId,
    tokenKind: found.tokenKind,
    roles: new Map(roles.map((grant) => [grant.federation_id, grant.role])),
  };
}

/** Fields behind the `signedIn` scope run only with a viewer; this says so to the type checker. */
export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw new Error('A signed-in field ran without a viewer.');
  return ctx.viewer;
}
