import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { type Federation, federationColumns } from './federations.js';
import type { Country } from './tables/common.js';
import type { SocialLink } from './tables/federations.js';

/** The parts of a federation its admins edit. */
export interface FederationProfile {
  name: string;
  short_name: string | null;
  description: string;
  website: string | null;
  social_links: SocialLink[];
  region_name: string | null;
  region_county_codes: string[];
  time_zone: string;
  default_language: string;
}

/** The federation as it is, locked until the transaction ends so that two edits cannot interleave. */
export async function lockFederation(tx: Kysely<Database>, id: string): Promise<Federation | undefined> {
  return tx
    .selectFrom('federations')
    .select(federationColumns)
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export async function updateFederationProfile(
  tx: Kysely<Database>,
  id: string,
  profile: FederationProfile,
): Promise<Federation> {
  return tx
    .updateTable('federations')
    .set({ ...profile, social_links: JSON.stringify(profile.social_links) })
    .where('id', '=', id)
    .returning(federationColumns)
    .executeTakeFirstOrThrow();
}

/** Which of these county codes have municipalities in the country. */
export async function findKnownCountyCodes(
  db: Kysely<Database>,
  country: Country,
  codes: readonly string[],
): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('municipalities')
    .select('county_code')
    .distinct()
    .where('country', '=', country)
    .where('county_code', 'in', codes)
    .execute();
  return rows.map((row) => row.county_code);
}
