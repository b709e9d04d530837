import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { Country } from '../tables/common.js';
import type { NewMunicipality } from '../tables/municipalities.js';

// Resolves from src/seed/ and from dist/seed/ alike.
const referenceDir = new URL('../../reference-data/', import.meta.url);

interface MunicipalityCsvRow {
  code: string;
  name: string;
  county_code: string;
  county_name: string;
  lat: string;
  lon: string;
}

async function readCsv<T>(fileName: string): Promise<T[]> {
  const text = await readFile(new URL(fileName, referenceDir), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as T[];
}

async function municipalitiesOf(country: Country): Promise<NewMunicipality[]> {
  const rows = await readCsv<MunicipalityCsvRow>(`${country.toLowerCase()}-municipalities.csv`);
  const officialNames =
    country === 'NO'
      ? new Map(
          (
            await readCsv<{ code: string; name_official_kartverket: string }>('no-municipalities-official-names.csv')
          ).map((row) => [row.code, row.name_official_kartverket]),
        )
      : new Map<string, string>();
  return rows.map((row) => ({
    country,
    code: row.code,
    name: row.name,
    official_name: officialNames.get(row.code) ?? row.name,
    county_code: row.county_code,
    county_name: row.county_name,
    latitude: row.lat ? Number(row.lat) : null,
    longitude: row.lon ? Number(row.lon) : null,
  }));
}

/**
 * Loads every municipality of Sweden and Norway. Safe to run again: an existing row keeps
 * its id and takes the current name and county.
 */
export async function seedReferenceData(db: Kysely<Database>): Promise<number> {
  const municipalities = [...(await municipalitiesOf('SE')), ...(await municipalitiesOf('NO'))];
  await db
    .insertInto('municipalities')
    .values(municipalities)
    .onConflict((conflict) =>
      conflict.columns(['country', 'code']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        official_name: eb.ref('excluded.official_name'),
        county_code: eb.ref('excluded.county_code'),
        county_name: eb.ref('excluded.county_name'),
        latitude: eb.ref('excluded.latitude'),
        longitude: eb.ref('excluded.longitude'),
      })),
    )
    .execute();
  return municipalities.length;
}
