import type { Database } from '@samverka/db/database';
import { findFederationRegion } from '@samverka/db/federation-region';
import type { Federation } from '@samverka/db/federations';
import { loadBoundaries } from '@samverka/db/geo/boundaries';
import { boundarySources } from '@samverka/db/geo/boundary-sources';
import type { Country } from '@samverka/db/tables/common';
import type { Kysely } from 'kysely';
import { drawRegion } from './region-map.js';

export interface MapMunicipality {
  country: Country;
  code: string;
  name: string;
  member: boolean;
  /** SVG path data in the map's viewBox. */
  d: string;
}

/** What `GET /geo/federations/{slug}.json` answers: everything a widget needs to draw the map. */
export interface FederationMap {
  /** `regionName` only when the federation names its region's counties, so the map shows that region. */
  federation: { slug: string; name: string; regionName: string | null };
  viewBox: string;
  memberCount: number;
  municipalityCount: number;
  /** Credits for the boundary data, to be shown with the map. */
  attributions: string[];
  /** By name, in the federation's language. */
  municipalities: MapMunicipality[];
}

export async function federationMap(db: Kysely<Database>, federation: Federation): Promise<FederationMap> {
  const region = await findFederationRegion(db, federation.id, null);
  const countries = [...new Set(region.map((municipality) => municipality.country))].sort();
  const topologies = new Map(
    await Promise.all(countries.map(async (country) => [country, await loadBoundaries(country)] as const)),
  );
  const drawn = drawRegion(
    region.flatMap((municipality) => {
      const topology = topologies.get(municipality.country);
      return topology ? [{ code: municipality.code, topology }] : [];
    }),
  );
  const collator = new Intl.Collator(federation.default_language);
  const municipalities = region
    .map((municipality, index) => ({
      country: municipality.country,
      code: municipality.code,
      name: municipality.name,
      member: municipality.member,
      d: drawn.paths[index] ?? '',
    }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
  return {
    federation: {
      slug: federation.slug,
      name: federation.name,
      regionName: federation.region_county_codes.length > 0 ? federation.region_name : null,
    },
    viewBox: drawn.viewBox,
    memberCount: municipalities.filter((municipality) => municipality.member).length,
    municipalityCount: municipalities.length,
    attributions: countries.map((country) => boundarySources[country].attribution),
    municipalities,
  };
}
