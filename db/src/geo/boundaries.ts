import { readFile } from 'node:fs/promises';
import type { Country } from '../tables/common.js';
import { boundaryFileName } from './boundary-sources.js';
import type { BoundaryTopology } from './simplify-boundaries.js';

/** db/reference-data/; resolves from src/geo/ and from dist/geo/ alike. */
export const boundaryDir = new URL('../../reference-data/', import.meta.url);

const loaded = new Map<Country, Promise<BoundaryTopology>>();

/** The committed, simplified municipality boundaries of a country, read once per process. */
export function loadBoundaries(country: Country): Promise<BoundaryTopology> {
  let topology = loaded.get(country);
  if (!topology) {
    topology = readFile(new URL(boundaryFileName(country), boundaryDir), 'utf8').then(
      (text) => JSON.parse(text) as BoundaryTopology,
    );
    loaded.set(country, topology);
  }
  return topology;
}
