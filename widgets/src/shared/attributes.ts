/** The layouts every widget offers; anything else falls back to `list`. */
export type Layout = 'list' | 'cards' | 'compact';

/** Slugs from an attribute such as `federation="vo-college-skane goteborgsregionen"` (spaces or commas). */
export function slugList(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
}

export function layoutOf(value: string | null | undefined): Layout {
  return value === 'cards' || value === 'compact' ? value : 'list';
}

/** A heading level for the items' titles: 2 to 6, 3 by default (under the host page's own h2). */
export function headingLevelOf(value: number | null | undefined): number {
  return value && Number.isInteger(value) && value >= 2 && value <= 6 ? value : 3;
}

/**
 * How many items to ask for: 1 to `max`. Each widget's maximum keeps its query under the hub's
 * complexity limit (a course brings its sessions, a news item its topics and municipalities).
 */
export function limitOf(value: number | null | undefined, fallback: number, max = 50): number {
  return value && Number.isFinite(value) ? Math.min(max, Math.max(1, Math.round(value))) : fallback;
}

/** Seconds between refreshes: 0 for none; at least 5, so a typo cannot flood the hub. */
export function refreshSecondsOf(value: number | null | undefined): number {
  return value && Number.isFinite(value) && value > 0 ? Math.max(5, value) : 0;
}
