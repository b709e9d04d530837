import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { FederationRole } from './tables/accounts.js';

export interface FederationRoleGrant {
  user_id: string;
  federation_id: string;
  role: FederationRole;
}

export async function findRolesOfUsers(
  db: Kysely<Database>,
  userIds: readonly string[],
): Promise<FederationRoleGrant[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('federation_roles')
    .select(['user_id', 'federation_id', 'role'])
    .where('user_id', 'in', userIds)
    .execute();
}

export async function findRolesInFederations(
  db: Kysely<Database>,
  federationIds: readonly string[],
): Promise<FederationRoleGrant[]> {
  if (federationIds.length === 0) return [];
  return db
    .selectFrom('federation_roles')
    .select(['user_id', 'federation_id', 'role'])
    .where('federation_id', 'in', federationIds)
    .execute();
}

/** Gives the user this role in the federation, replacing the one they had there. */
export async function grantRole(
  db: Kysely<Database>,
  grant: FederationRoleGrant & { granted_by: string | null },
): Promise<void> {
  await db
    .insertInto('federation_roles')
    .values(grant)
    .onConflict((conflict) =>
      conflict.columns(['user_id', 'federation_id']).doUpdateSet({ role: grant.role, granted_by: grant.granted_by }),
    )
    .execute();
}

export async function revokeRole(db: Kysely<Database>, userId: string, federationId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('federation_roles')
    .where('user_id', '=', userId)
    .where('federation_id', '=', federationId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
