import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The object name inside every boundary topology; each geometry's id is the official code. */
export const BOUNDARY_OBJECT = 'municipalities';

export type BoundaryTopology = Topology<{ [BOUNDARY_OBJECT]: GeometryCollection }>;

export interface SimplifyOptions {
  /** Islands (polygon parts) smaller than this go, unless one is the municipality's largest part. */
  minIslandKm2: number;
  /** Share of the movable vertices (not arc ends) that survive simplification, 0–1. */
  keepShare: number;
  /** Grid steps across the country's bounding box. */
  quantization: number;
}

export interface MunicipalityShape {
  code: string;
  geometry: Polygon | MultiPolygon;
}

const EARTH_RADIUS_KM = 6371;

function ringAreaKm2(ring: Position[]): number {
  return sphericalRingArea(ring as Array<[number, number]>, false) * EARTH_RADIUS_KM ** 2;
}

/**
 * d3-geo and topojson read a polygon on the sphere: an exterior ring runs clockwise, a hole
 * counter-clockwise, else the ring encloses the rest of the globe. GeoJSON sources wind either way.
 */
function woundForTheSphere(polygon: Position[][]): Position[][] {
  return polygon.map((ring, index) => {
    const steradians = sphericalRingArea(ring as Array<[number, number]>, index > 0);
    return steradians > 2 * Math.PI ? [...ring].reverse() : ring;
  });
}

/** Drops small islands; holes stay, since a hole is usually another municipality (an enclave). */
function withoutSmallIslands(geometry: Polygon | MultiPolygon, minKm2: number): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: woundForTheSphere(geometry.coordinates) };
  const parts = geometry.coordinates.map(woundForTheSphere).map((polygon) => ({
    polygon,
    area: ringAreaKm2(polygon[0] ?? []),
  }));
  const largest = Math.max(...parts.map((part) => part.area));
  const kept = parts.filter((part) => part.area >= minKm2 || part.area === largest).map((part) => part.polygon);
  return kept.length === 1 && kept[0]
    ? { type: 'Polygon', coordinates: kept[0] }
    : { type: 'MultiPolygon', coordinates: kept };
}

/**
 * Simplification keeps every arc's two ends; a ring made of one closed arc (an island, a
 * municipality with no neighbour) would shrink to a line, so its two heaviest inner points stay too.
 */
function keepClosedArcsAsTriangles(presimplified: BoundaryTopology): void {
  for (const arc of presimplified.arcs) {
    const first = arc[0];
    const last = arc[arc.length - 1];
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) continue;
    const inner = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of inner.slice(0, 2)) point[2] = Number.POSITIVE_INFINITY;
  }
}

/**
 * One topology for a country's municipalities: shared borders become shared arcs, so simplifying
 * them moves both neighbours alike and leaves neither gaps nor overlaps.
 */
export function simplifyBoundaries(shapes: MunicipalityShape[], options: SimplifyOptions): BoundaryTopology {
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: shapes.map(
      (shape): Feature => ({
        type: 'Feature',
        id: shape.code,
        properties: {},
        geometry: withoutSmallIslands(shape.geometry, options.minIslandKm2),
      }),
    ),
  };
  const presimplified = presimplify(
    topology({ [BOUNDARY_OBJECT]: collection }) as BoundaryTopology,
    sphericalTriangleArea,
  );
  keepClosedArcsAsTriangles(presimplified);
  const simplified = simplify(presimplified, quantile(presimplified, options.keepShare));
  // presimplify stored each point's weight as a third coordinate; the file needs only x and y.
  simplified.arcs = simplified.arcs.map((arc) => arc.map(([x = 0, y = 0]) => [x, y]));
  for (const geometry of simplified.objects[BOUNDARY_OBJECT].geometries) delete geometry.properties;
  return quantize(simplified, options.quantization);
}
