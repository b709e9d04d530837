import { BOUNDARY_OBJECT, type BoundaryTopology } from '@samverka/db/geo/simplify-boundaries';
import { geoBounds, geoPath, geoTransverseMercator } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { roundedStream } from './rounded-stream.js';

/** The longer side of every map, in viewBox units: whole units are then fine enough for any widget. */
export const MAP_SIZE = 1000;

export interface ShapeRequest {
  code: string;
  topology: BoundaryTopology;
}

export interface DrawnRegion {
  viewBox: string;
  /** SVG path data per request, in order; empty where a municipality has no boundary. */
  paths: string[];
}

const geometryIndex = new WeakMap<BoundaryTopology, Map<string, GeometryObject>>();

function geometryOf(request: ShapeRequest): GeometryObject | undefined {
  let index = geometryIndex.get(request.topology);
  if (!index) {
    const geometries = request.topology.objects[BOUNDARY_OBJECT].geometries;
    index = new Map(geometries.map((geometry) => [String(geometry.id), geometry]));
    geometryIndex.set(request.topology, index);
  }
  return index.get(request.code);
}

function featureOf(request: ShapeRequest): Feature<Polygon | MultiPolygon> | null {
  const geometry = geometryOf(request);
  if (!geometry) return null;
  return feature(request.topology, geometry) as Feature<Polygon | MultiPolygon>;
}

/**
 * Projects municipalities onto one SVG map: a transverse Mercator centred on the region (as
 * national grids do), scaled so the longer side is MAP_SIZE, coordinates rounded to whole units.
 */
export function drawRegion(requests: ShapeRequest[]): DrawnRegion {
  const features = requests.map(featureOf);
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: features.filter((shape): shape is Feature<Polygon | MultiPolygon> => shape !== null),
  };
  if (collection.features.length === 0) return { viewBox: '0 0 0 0', paths: requests.map(() => '') };
  const [[west], [east]] = geoBounds(collection);
  const projection = geoTransverseMercator()
    .rotate([-(west + east) / 2, 0])
    .precision(0)
    .fitExtent(
      [
        [0, 0],
        [MAP_SIZE, MAP_SIZE],
      ],
      collection,
    );
  const path = geoPath({ stream: (output) => projection.stream(roundedStream(output)) }).digits(0);
  const [[x0, y0], [x1, y1]] = path.bounds(collection);
  const [left, top] = [Math.floor(x0), Math.floor(y0)];
  const viewBox = [left, top, Math.ceil(x1) - left, Math.ceil(y1) - top].join(' ');
  return { viewBox, paths: features.map((shape) => (shape ? (path(shape) ?? '') : '')) };
}
