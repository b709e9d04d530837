import { readFile } from 'node:fs/promises';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Country } from '../tables/common.js';
import { boundarySources } from './boundary-sources.js';
import { type BoundaryTopology, type MunicipalityShape, simplifyBoundaries } from './simplify-boundaries.js';

function shapesOf(collection: FeatureCollection, codeProperty: string, file: string): MunicipalityShape[] {
  return collection.features.map((feature, index) => {
    const code = feature.properties?.[codeProperty];
    const geometry = feature.geometry;
    if (typeof code !== 'string' || !/^\d{4}$/.test(code)) {
      throw new Error(`${file}: feature ${index} has no four-digit "${codeProperty}"`);
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new Error(`${file}: municipality ${code} is a ${geometry.type}, not a (multi)polygon`);
    }
    return { code, geometry: geometry as Polygon | MultiPolygon };
  });
}

/** Reads one country's source boundaries from the shared data folder and simplifies them. */
export async function buildBoundaries(sharedDataDir: URL, country: Country): Promise<BoundaryTopology> {
  const source = boundarySources[country];
  const text = await readFile(new URL(source.file, sharedDataDir), 'utf8');
  const shapes = shapesOf(JSON.parse(text) as FeatureCollection, source.codeProperty, source.file);
  shapes.sort((a, b) => a.code.localeCompare(b.code));
  return simplifyBoundaries(shapes, source.simplify);
}
