/** Unsaved changes kept in this browser until they are saved or discarded; never sent on their own. */
export interface KeptDraft<Draft> {
  draft: Draft;
  /** The revision the changes started from, so a later save still names it (and a conflict shows). */
  basedOn: number | null;
  keptAt: string;
}

/** The editors that keep drafts; the name is part of the key of a draft not yet saved. */
export type DraftArea = 'news' | 'events' | 'courses' | 'profile';

const PREFIX = 'samverka-newsroom-draft:';

/**
 * One key per item (its global id names its type, so ids never clash between areas), and one per
 * area and federation for an item not yet saved. News keeps its older `new:{federation}` key.
 */
export function draftKey(area: DraftArea, itemId: string, federation: string): string {
  if (itemId) return `${PREFIX}${itemId}`;
  return area === 'news' ? `${PREFIX}new:${federation}` : `${PREFIX}new-${area}:${federation}`;
}

export function keepDraft<Draft>(key: string, draft: Draft, basedOn: number | null): void {
  const kept: KeptDraft<Draft> = { draft, basedOn, keptAt: new Date().toISOString() };
  try {
    localStorage.setItem(key, JSON.stringify(kept));
  } catch {
    // A full or disabled storage keeps nothing; the editor still works, only without the safety net.
  }
}

export function keptDraft<Draft>(key: string): KeptDraft<Draft> | null {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') as KeptDraft<Draft> | null;
  } catch {
    return null;
  }
}

export function forgetDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was kept where storage is disabled.
  }
}
