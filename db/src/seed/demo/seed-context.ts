import type { Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { MunicipalityRef } from './types.js';

export type DemoTransaction = Transaction<Database>;

/** Turns the demo data's slugs, codes and keys into the ids the rows got. */
export interface DemoIds {
  federation(slug: string): string;
  municipality(ref: MunicipalityRef): string;
  topic(slug: string): string;
  contact(key: string | undefined): string | null;
}

export function lookup(map: Map<string, string>, kind: string, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo data refers to an unknown ${kind}: ${key}`);
  return id;
}

export const municipalityKey = (ref: MunicipalityRef): string => `${ref.country}:${ref.code}`;
