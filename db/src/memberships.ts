import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';

export interface Membership {
  id: string;
  federation_id: string;
  municipality_id: string;
  joined_on: string;
  left_on: string | null;
}

const membershipColumns = ['ms.id', 'ms.federation_id', 'ms.municipality_id', 'ms.joined_on', 'ms.left_on'] as const;

/**
 * Whether membership `ms` of federation `f` was active on a day (YYYY-MM-DD); without one, on
 * today's date where the federation is, not where the database server happens to be.
 */
export function membershipActiveOn(on: string | null) {
  const day = on ? sql<string>`${on}::date` : sql<string>`(now() AT TIME ZONE f.time_zone)::date`;
  return sql<boolean>`(ms.joined_on <= ${day} AND (ms.left_on IS NULL OR ms.left_on > ${day}))`;
}

/** The memberships of these federations that were active on a day, ordered by municipality name. */
export async function findMembershipsOfFederations(
  db: Kysely<Database>,
  federationIds: readonly string[],
  on: string | null,
): Promise<Membership[]> {
  if (federationIds.length === 0) return [];
  return db
    .selectFrom('memberships as ms')
    .innerJoin('municipalities as m', 'm.id', 'ms.municipality_id')
    .innerJoin('federations as f', 'f.id', 'ms.federation_id')
    .select(membershipColumns)
    .where('ms.federation_id', 'in', federationIds)
    .where(membershipActiveOn(on))
    .orderBy('m.name')
    .orderBy('m.id')
    .execute();
}

/** Every membership, past and present, of these federations: the full history. */
export async function findMembershipHistoryOfFederations(
  db: Kysely<Database>,
  federationIds: readonly string[],
): Promise<Membership[]> {
  if (federationIds.length === 0) return [];
  return db
    .selectFrom('memberships as ms')
    .select(membershipColumns)
    .where('ms.federation_id', 'in', federationIds)
    .orderBy('ms.joined_on')
    .orderBy('ms.id')
    .execute();
}

export async function findMembershipsOfMunicipalities(
  db: Kysely<Database>,
  municipalityIds: readonly string[],
  on: string | null,
): Promise<Membership[]> {
  if (municipalityIds.length === 0) return [];
  return db
    .selectFrom('memberships as ms')
    .innerJoin('federations as f', 'f.id', 'ms.federation_id')
    .select(membershipColumns)
    .where('ms.municipality_id', 'in', municipalityIds)
    .where(membershipActiveOn(on))
    .orderBy('f.name')
    .orderBy('f.id')
    .execute();
}
