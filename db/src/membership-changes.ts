import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { Membership } from './memberships.js';

const columns = ['id', 'federation_id', 'municipality_id', 'joined_on', 'left_on'] as const;

export type JoinOutcome = { kind: 'joined'; membership: Membership } | { kind: 'overlap'; existing: Membership };

export type LeaveOutcome =
  | { kind: 'left'; membership: Membership }
  | { kind: 'not_a_member' }
  | { kind: 'before_joined'; open: Membership };

/**
 * Every membership of the municipality in the federation, locked until the transaction ends.
 * Row locks alone miss a first membership (no rows to lock yet), so the federation row is locked
 * too; FOR NO KEY UPDATE leaves foreign-key checks of other writers free.
 */
async function lockMemberships(tx: Kysely<Database>, federationId: string, municipalityId: string) {
  await tx.selectFrom('federations').select('id').where('id', '=', federationId).forNoKeyUpdate().execute();
  return tx
    .selectFrom('memberships')
    .select(columns)
    .where('federation_id', '=', federationId)
    .where('municipality_id', '=', municipalityId)
    .orderBy('joined_on')
    .forUpdate()
    .execute();
}

/** Starts an open membership on `joinedOn`, unless it would overlap one in the history. Call inside a transaction. */
export async function joinFederation(
  tx: Kysely<Database>,
  federationId: string,
  municipalityId: string,
  joinedOn: string,
): Promise<JoinOutcome> {
  const history = await lockMemberships(tx, federationId, municipalityId);
  // The new period is open-ended, so any period still running on that day, or starting later, overlaps it.
  const existing = history.find((period) => period.left_on === null || period.left_on > joinedOn);
  if (existing) return { kind: 'overlap', existing };
  const membership = await tx
    .insertInto('memberships')
    .values({ federation_id: federationId, municipality_id: municipalityId, joined_on: joinedOn })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return { kind: 'joined', membership };
}

/** Ends the open membership on `leftOn` (its first day outside); the row stays as history. Call inside a transaction. */
export async function leaveFederation(
  tx: Kysely<Database>,
  federationId: string,
  municipalityId: string,
  leftOn: string,
): Promise<LeaveOutcome> {
  const history = await lockMemberships(tx, federationId, municipalityId);
  const open = history.find((period) => period.left_on === null);
  if (!open) return { kind: 'not_a_member' };
  if (leftOn < open.joined_on) return { kind: 'before_joined', open };
  const membership = await tx
    .updateTable('memberships')
    .set({ left_on: leftOn })
    .where('id', '=', open.id)
    .returning(columns)
    .executeTakeFirstOrThrow();
  return { kind: 'left', membership };
}
