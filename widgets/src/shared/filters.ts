import { slugList } from './attributes.js';

/** A filter object with only the keys that are set, so identical listings send identical URLs. */
export function compact(filter: Record<string, unknown>): Record<string, unknown> | undefined {
  const entries = Object.entries(filter).filter(
    ([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && !value.length),
  );
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** The attribute filters every listing reads, normalised. */
export function readFilters(element: { federation: string | null; topic: string | null; municipality: string | null }) {
  return {
    federations: slugList(element.federation),
    topics: slugList(element.topic),
    municipality: element.municipality?.trim() || null,
  };
}
