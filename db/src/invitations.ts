import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';
import type { FederationRole } from './tables/accounts.js';

export interface Invitation {
  id: string;
  federation_id: string;
  email: string;
  role: FederationRole;
  invited_by: string | null;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  accepted_at: Date | null;
  accepted_by: string | null;
}

const invitationColumns = [
  'id',
  'federation_id',
  'email',
  'role',
  'invited_by',
  'created_at',
  'expires_at',
  'revoked_at',
  'accepted_at',
  'accepted_by',
] as const;

export interface NewInvitation {
  federationId: string;
  email: string;
  role: FederationRole;
  tokenHash: string;
  invitedBy: string | null;
  expiresAt: Date;
}

export async function insertInvitation(db: Kysely<Database>, invitation: NewInvitation): Promise<Invitation> {
  return db
    .insertInto('invitations')
    .values({
      federation_id: invitation.federationId,
      email: invitation.email,
      role: invitation.role,
      token_hash: invitation.tokenHash,
      invited_by: invitation.invitedBy,
      expires_at: invitation.expiresAt,
    })
    .returning(invitationColumns)
    .executeTakeFirstOrThrow();
}

export async function findInvitation(db: Kysely<Database>, id: string): Promise<Invitation | undefined> {
  return db.selectFrom('invitations').select(invitationColumns).where('id', '=', id).executeTakeFirst();
}

/** The invitation a token belongs to, in whatever state it is. */
export async function findInvitationByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<Invitation | undefined> {
  return db.selectFrom('invitations').select(invitationColumns).where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Invitations of a federation that can still be accepted, newest first. */
export async function listPendingInvitations(db: Kysely<Database>, federationId: string): Promise<Invitation[]> {
  return db
    .selectFrom('invitations')
    .select(invitationColumns)
    .where('federation_id', '=', federationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Revokes pending invitations matching the filter; the ids revoked. */
export async function revokeInvitations(
  db: Kysely<Database>,
  match: { id: string } | { federationId: string; email: string },
  revokedBy: string | null,
): Promise<string[]> {
  let query = db
    .updateTable('invitations')
    .set({ revoked_at: sql`now()`, revoked_by: revokedBy })
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null);
  query =
    'id' in match
      ? query.where('id', '=', match.id)
      : query.where('federation_id', '=', match.federationId).where('email', '=', match.email);
  const rows = await query.returning('id').execute();
  return rows.map((row) => row.id);
}

/**
 * Marks the invitation used by `userId`, only if it is still pending: of two simultaneous accepts
 * exactly one gets true.
 */
export async function markInvitationAccepted(db: Kysely<Database>, id: string, userId: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: sql`now()`, accepted_by: userId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
