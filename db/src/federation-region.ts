import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';
import { membershipActiveOn } from './memberships.js';
import type { Country } from './tables/common.js';

export interface RegionMunicipality {
  country: Country;
  code: string;
  name: string;
  county_code: string;
  /** A member of the federation on the day asked for. */
  member: boolean;
}

/**
 * Every municipality of a federation's region, for its map: the counties it names as its region
 * and the counties its members lie in (Göteborgsregionen names none, yet spans two). One statement.
 */
export async function findFederationRegion(
  db: Kysely<Database>,
  federationId: string,
  on: string | null,
): Promise<RegionMunicipality[]> {
  const result = await sql<RegionMunicipality>`
    WITH members AS (
      SELECT ms.municipality_id AS id
      FROM memberships ms JOIN federations f ON f.id = ms.federation_id
      WHERE ms.federation_id = ${federationId}::uuid AND ${membershipActiveOn(on)}
    ), counties AS (
      SELECT f.country, unnest(f.region_county_codes) AS county_code FROM federations f WHERE f.id = ${federationId}::uuid
      UNION
      SELECT m.country, m.county_code FROM municipalities m WHERE m.id IN (SELECT id FROM members)
    )
    SELECT m.country, m.code, m.name, m.county_code, m.id IN (SELECT id FROM members) AS member
    FROM municipalities m JOIN counties c ON c.country = m.country AND c.county_code = m.county_code
    ORDER BY m.country, m.code`.execute(db);
  return result.rows;
}
