import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';
import type { TokenKind } from './tables/accounts.js';
import type { User } from './users.js';

export interface AccessToken {
  id: string;
  user_id: string;
  kind: TokenKind;
  name: string | null;
  token_hint: string;
  created_at: Date;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const tokenColumns = [
  'id',
  'user_id',
  'kind',
  'name',
  'token_hint',
  'created_at',
  'expires_at',
  'last_used_at',
  'revoked_at',
] as const;

export interface NewAccessToken {
  userId: string;
  kind: TokenKind;
  name: string | null;
  tokenHash: string;
  tokenHint: string;
  expiresAt: Date;
}

export async function insertAccessToken(db: Kysely<Database>, token: NewAccessToken): Promise<AccessToken> {
  return db
    .insertInto('access_tokens')
    .values({
      user_id: token.userId,
      kind: token.kind,
      name: token.name,
      token_hash: token.tokenHash,
      token_hint: token.tokenHint,
      expires_at: token.expiresAt,
    })
    .returning(tokenColumns)
    .executeTakeFirstOrThrow();
}

/**
 * The active user behind a token hash: not revoked, not expired, account active. Marks the token
 * used at most once a minute, so a busy client does not cause a write on every request.
 */
export async function findUserByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<{ user: User; tokenId: string; tokenKind: TokenKind } | undefined> {
  const row = await db
    .selectFrom('access_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select([
      't.id as token_id',
      't.kind as token_kind',
      't.last_used_at',
      'u.id',
      'u.email',
      'u.display_name',
      'u.is_platform_admin',
      'u.status',
    ])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .where('t.expires_at', '>', sql<Date>`now()`)
    .where('u.status', '=', 'active')
    .executeTakeFirst();
  if (!row) return undefined;
  const { token_id: tokenId, token_kind: tokenKind, last_used_at: lastUsedAt, ...user } = row;
  if (!lastUsedAt || Date.now() - lastUsedAt.getTime() > 60_000) {
    await db.updateTable('access_tokens').set({ last_used_at: sql`now()` }).where('id', '=', tokenId).execute();
  }
  return { user, tokenId, tokenKind };
}

export async function findPersonalToken(
  db: Kysely<Database>,
  userId: string,
  tokenId: string,
): Promise<AccessToken | undefined> {
  return db
    .selectFrom('access_tokens')
    .select(tokenColumns)
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .where('kind', '=', 'personal')
    .executeTakeFirst();
}

export async function listPersonalTokens(db: Kysely<Database>, userId: string): Promise<AccessToken[]> {
  return db
    .selectFrom('access_tokens')
    .select(tokenColumns)
    .where('user_id', '=', userId)
    .where('kind', '=', 'personal')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Revokes one of the user's own tokens; false when the user has no such live token. */
export async function revokeAccessToken(db: Kysely<Database>, userId: string, tokenId: string): Promise<boolean> {
  const result = await db
    .updateTable('access_tokens')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** After a password change every other token ends, personal ones too: the change may answer a theft. */
export async function revokeOtherTokens(db: Kysely<Database>, userId: string, exceptTokenId?: string): Promise<void> {
  let query = db
    .updateTable('access_tokens')
    .set({ revoked_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (exceptTokenId) query = query.where('id', '<>', exceptTokenId);
  await query.execute();
}
