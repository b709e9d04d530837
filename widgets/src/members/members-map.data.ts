import { RequestFailed } from '../client/graphql-client.js';

export interface MapMunicipality {
  country: string;
  code: string;
  name: string;
  member: boolean;
  /** SVG path data, projected by the hub. */
  d: string;
}

/** The hub's `GET /geo/federations/{slug}.json`. */
export interface RegionMap {
  federation: { slug: string; name: string; regionName: string | null };
  viewBox: string;
  memberCount: number;
  municipalityCount: number;
  attributions: string[];
  municipalities: MapMunicipality[];
}

const maps = new Map<string, Promise<RegionMap>>();

async function load(url: string): Promise<RegionMap> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', mode: 'cors', headers: { accept: 'application/json' } });
  } catch (error) {
    throw new RequestFailed('The hub could not be reached', { cause: error });
  }
  if (!response.ok) throw new RequestFailed(`The hub answered ${response.status}`);
  return (await response.json()) as RegionMap;
}

/** A federation's map, fetched once per page however many widgets show it; a failure may be retried. */
export function fetchRegionMap(endpoint: string, slug: string): Promise<RegionMap> {
  const url = `${endpoint.replace(/\/+$/, '')}/geo/federations/${encodeURIComponent(slug)}.json`;
  let map = maps.get(url);
  if (!map) {
    map = load(url);
    maps.set(url, map);
    map.catch(() => maps.delete(url));
  }
  return map;
}
