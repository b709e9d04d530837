import type { GeoStream } from 'd3-geo';

type Point = [number, number];

function samePoint(a: Point | undefined, b: Point | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/**
 * Rounds projected points to whole units and drops the repeats that rounding makes; a ring left
 * with fewer than three points is too small to see and is dropped whole. This keeps paths short.
 */
export function roundedStream(output: GeoStream): GeoStream {
  let line: Point[] | null = null;
  let inPolygon = false;
  return {
    point(x, y) {
      const point: Point = [Math.round(x), Math.round(y)];
      if (!line) output.point(point[0], point[1]);
      else if (!samePoint(line[line.length - 1], point)) line.push(point);
    },
    lineStart() {
      line = [];
    },
    lineEnd() {
      const points = line ?? [];
      line = null;
      if (inPolygon && samePoint(points[0], points[points.length - 1])) points.pop();
      if (inPolygon ? points.length < 3 : points.length < 2) return;
      output.lineStart();
      for (const [x, y] of points) output.point(x, y);
      output.lineEnd();
    },
    polygonStart() {
      inPolygon = true;
      output.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      output.polygonEnd();
    },
    sphere() {
      output.sphere?.();
    },
  };
}
