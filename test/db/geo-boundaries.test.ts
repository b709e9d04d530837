import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { DatabaseHandle } from '@samverka/db/connection';
import { boundaryDir, loadBoundaries } from '@samverka/db/geo/boundaries';
import { boundaryFileName } from '@samverka/db/geo/boundary-sources';
import { buildBoundaries } from '@samverka/db/geo/build-boundaries';
import { BOUNDARY_OBJECT } from '@samverka/db/geo/simplify-boundaries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database.js';

const COUNTRIES = ['SE', 'NO'] as const;
/** The source boundaries lie beside the repository (read-only in CI); the product never reads them. */
const sharedDataDir = new URL('../../../shared/data/', import.meta.url);

describe('committed municipality boundaries', () => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase({ reference: true });
  });
  afterAll(() => database.close());

  it.each(COUNTRIES)('%s: one shape per reference municipality, keyed by its code, nothing else', async (country) => {
    const rows = await database.db.selectFrom('municipalities').select('code').where('country', '=', country).execute();
    const geometries = (await loadBoundaries(country)).objects[BOUNDARY_OBJECT].geometries;
    expect(geometries.map((geometry) => geometry.id).sort()).toEqual(rows.map((row) => row.code).sort());
    for (const geometry of geometries) expect(['Polygon', 'MultiPolygon']).toContain(geometry.type);
  });

  it.each(COUNTRIES)('%s: neighbours share their border arcs, so simplifying leaves no gaps', async (country) => {
    const topology = await loadBoundaries(country);
    const users = new Map<number, Set<string>>();
    const visit = (arcs: unknown, code: string): void => {
      if (typeof arcs === 'number') {
        const arc = arcs < 0 ? ~arcs : arcs;
        users.set(arc, (users.get(arc) ?? new Set()).add(code));
      } else if (Array.isArray(arcs)) for (const inner of arcs) visit(inner, code);
    };
    for (const geometry of topology.objects[BOUNDARY_OBJECT].geometries) {
      if ('arcs' in geometry) visit(geometry.arcs, String(geometry.id));
    }
    const shared = [...users.values()].filter((codes) => codes.size === 2).length;
    expect([...users.values()].every((codes) => codes.size <= 2)).toBe(true);
    // Most arcs of a tiling are borders between two municipalities; only the coast and the national border are not.
    expect(shared / users.size).toBeGreaterThan(0.5);
  });

  it.skipIf(!existsSync(sharedDataDir))(
    'are exactly what npm run geo:build makes from the shared sources',
    async () => {
      for (const country of COUNTRIES) {
        const committed = await readFile(new URL(boundaryFileName(country), boundaryDir), 'utf8');
        expect(`${JSON.stringify(await buildBoundaries(sharedDataDir, country))}\n`).toBe(committed);
      }
    },
  );
});
