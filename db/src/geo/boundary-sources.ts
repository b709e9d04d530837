import type { Country } from '../tables/common.js';
import type { SimplifyOptions } from './simplify-boundaries.js';

export interface BoundarySource {
  /** Path inside the shared data folder (see db/reference-data/SOURCES.md). */
  file: string;
  /** The feature property holding the official municipality code. */
  codeProperty: string;
  /** Shown with every map drawn from this source, as its licence asks (see SOURCES.md). */
  attribution: string;
  simplify: SimplifyOptions;
}

/**
 * Chosen so that a county-sized region drawn about 1000 units across keeps its recognisable
 * coast while a region's map stays a few tens of kilobytes; Norway's coast has far more islands.
 */
export const boundarySources: Record<Country, BoundarySource> = {
  SE: {
    file: 'geo/se/swedish_municipalities.geojson',
    codeProperty: 'id',
    attribution: 'Kommungränser: Valmyndigheten, via okfse/sweden-geojson',
    simplify: { minIslandKm2: 2, keepShare: 0.5, quantization: 1e5 },
  },
  NO: {
    file: 'geo/no/Kommuner-S.geojson',
    codeProperty: 'kommunenummer',
    attribution: 'Kommunegrenser © Kartverket (CC BY 4.0)',
    simplify: { minIslandKm2: 4, keepShare: 0.25, quantization: 1e5 },
  },
};

/** The committed, simplified file for a country, relative to db/reference-data/. */
export function boundaryFileName(country: Country): string {
  return `geo/${country.toLowerCase()}-municipalities.topojson`;
}
