import type { NewsDraft } from '../api/news-queries.js';

/** Unsaved changes kept in this browser until they are saved or discarded; never sent on their own. */
export interface KeptDraft {
  draft: NewsDraft;
  /** The revision the changes started from, so a later save still names it (and a conflict shows). */
  basedOn: number | null;
  keptAt: string;
}

const PREFIX = 'samverka-newsroom-draft:';

/** One key per item, and one per federation for an item not yet saved. */
export function draftKey(itemId: string, federation: string): string {
  return `${PREFIX}${itemId || `new:${federation}`}`;
}

export function keepDraft(key: string, draft: NewsDraft, basedOn: number | null): void {
  const kept: KeptDraft = { draft, basedOn, keptAt: new Date().toISOString() };
  try {
    localStorage.setItem(key, JSON.stringify(kept));
  } catch {
    // A full or disabled storage keeps nothing; the editor still works, only without the safety net.
  }
}

export function keptDraft(key: string): KeptDraft | null {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') as KeptDraft | null;
  } catch {
    return null;
  }
}

export function forgetDraft(key: string): void {
  localStorage.removeItem(key);
}
