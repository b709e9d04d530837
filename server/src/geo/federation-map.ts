import type { Database } from '@samverka/db/database';
import { findFederationRegion, type RegionMunicipality } from '@samverka/db/federation-region';
import type { Federation } from '@samverka/db/federations';
import { loadBoundaries } from '@samverka/db/geo/boundaries';
import { boundarySources } from '@samverka/db/geo/boundary-sources';
import type { BoundaryTopology } from '@samverka/db/geo/simplify-boundaries';
import type { Country } from '@samverka/db/tables/common';
import type { Kysely } from 'kysely';
import { type DrawnRegion, drawRegion } from './region-map.js';

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

/** Drawing costs far more than the query and depends only on which municipalities are drawn. */
const drawings = new Map<string, Promise<DrawnRegion>>();
const MAX_DRAWINGS = 50;

async function draw(region: RegionMunicipality[]): Promise<DrawnRegion> {
  const countries = [...new Set(region.map((municipality) => municipality.country))];
  const topologies = new Map(
    await Promise.all(countries.map(async (country) => [country, await loadBoundaries(country)] as const)),
  );
  return drawRegion(
    region.map((municipality) => ({
      code: municipality.code,
      topology: topologies.get(municipality.country) as BoundaryTopology,
    })),
  );
}

/** The drawing of a region, from this process's few most recent ones when it has it. */
function drawingOf(region: RegionMunicipality[]): Promise<DrawnRegion> {
  const key = region.map((municipality) => `${municipality.country}-${municipality.code}`).join(' ');
  let drawing = drawings.get(key);
  if (!drawing) {
    drawing = draw(region);
    drawings.set(key, drawing);
    drawing.catch(() => drawings.delete(key));
    const oldest = drawings.keys().next().value;
    if (drawings.size > MAX_DRAWINGS && oldest !== undefined) drawings.delete(oldest);
  }
  return drawing;
}

export async function federationMap(db: Kysely<Database>, federation: Federation): Promise<FederationMap> {
  const region = await findFederationRegion(db, federation.id, null);
  const countries = [...new Set(region.map((municipality) => municipality.country))].sort();
  const drawn = await drawingOf(region);
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
